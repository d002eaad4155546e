import {
  defaultTokens,
  LAUNCHER_POSITIONS,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Launcher } from '../Launcher/index.ts';
import { Panel } from '../Panel/index.ts';
import { findOpenDialog, widgetRoot, widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { ThemeReport } from './ThemeReport.tsx';

const select = <T extends string>(options: readonly T[]) => ({
  control: 'select' as const,
  options,
});

/**
 * Pick a brand colour, scheme, shape, size, corner and font in Controls: the
 * launcher and the open panel update live, in the same shadow root and from
 * the same `:host` theme rule as the script tag. The side panel shows the
 * contrast the resolver reached and the tag to paste. Press Escape (or click
 * outside the panel) to select and copy the export; the open panel is modal,
 * as on a storefront.
 */
const meta = {
  title: 'Theme/Theme builder',
  args: { ...defaultTokens },
  argTypes: {
    brandColor: { control: 'color' },
    scheme: select(SCHEMES),
    shape: select(SHAPES),
    size: select(SIZES),
    launcherPosition: { control: 'inline-radio', options: LAUNCHER_POSITIONS },
    fontFamily: { control: 'text' },
  },
  render: (args) => (
    <>
      <ThemeReport tokens={args} />
      <Launcher />
      <Panel />
    </>
  ),
  parameters: {
    themeFromArgs: true,
    loyalty: { state: 'member', open: true } satisfies LoyaltyStoryParameters,
  },
} satisfies Meta<ThemeTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed store's teal, light. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    // The theme reached the shadow root: the panel header is painted in the brand colour.
    const header = dialog.firstElementChild as HTMLElement;
    await expect(getComputedStyle(header).backgroundColor).toBe('rgb(14, 116, 144)');
    const root = widgetRoot(canvasElement);
    await expect(within(root).getByTestId('export-script')).toHaveTextContent(
      'data-brand-color="#0e7490"',
    );
  },
};

/** A pale brand on dark: labels turn black, brand text is lightened only where it must be. */
export const PaleYellowDark: Story = {
  name: 'Pale yellow, dark, pill',
  args: { brandColor: '#fff7ae', scheme: 'dark', shape: 'pill' },
  play: async ({ canvasElement }) => {
    const launcher = widgets(canvasElement).getByRole('button', { name: /^Rewards/ });
    await expect(getComputedStyle(launcher).color).toBe('rgb(0, 0, 0)');
    const script = widgets(canvasElement).getByTestId('export-script');
    await expect(script).toHaveTextContent('data-scheme="dark"');
    await expect(script).toHaveTextContent('data-shape="pill"');
    // Every guaranteed pair passes: no ✗ in the contrast table.
    await expect(widgets(canvasElement).queryAllByText(/✗/)).toEqual([]);
  },
};

/** Closing the panel frees the export for copying; the launcher reopens it. */
export const CloseToCopy: Story = {
  name: 'Close the panel, copy, reopen',
  args: { brandColor: '#e10600', launcherPosition: 'bottom-left' },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    const canvas = widgets(canvasElement);
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByTestId('export-script')).toHaveTextContent(
      'data-launcher-position="bottom-left"',
    );
    await userEvent.click(canvas.getByRole('button', { name: /^Rewards/ }));
    await findOpenDialog(canvasElement);
  },
};
