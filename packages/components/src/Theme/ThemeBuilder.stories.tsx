import {
  contrast,
  defaultTokens,
  ELEVATIONS,
  LAUNCHER_OFFSET_RANGE,
  LAUNCHER_POSITIONS,
  LAUNCHER_STYLES,
  parseHex,
  resolveTheme,
  SCHEMES,
  SHAPES,
  SIZES,
  type ThemeTokens,
} from '@loyaltykit/theme';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Launcher } from '../Launcher/index.ts';
import { Panel } from '../Panel/index.ts';
import { findOpenDialog, widgets } from '../stories/play.ts';
import { STORY_HOST_ATTRIBUTE } from '../stories/ShadowHost.tsx';
import { StorePage } from '../stories/StorePreview.tsx';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { HOST_BACKGROUNDS, HostPreview } from './HostPreview.tsx';
import * as css from './ThemeReport.css.ts';
import { ThemeReport } from './ThemeReport.tsx';

const select = <T extends string>(options: readonly T[]) => ({
  control: 'select' as const,
  options,
});

/** Whether two elements' boxes overlap on screen. */
const overlaps = (a: Element, b: Element) => {
  const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
};

const radio = <T extends string>(options: readonly T[]) => ({
  control: 'inline-radio' as const,
  options,
});

const [minOffset, maxOffset] = LAUNCHER_OFFSET_RANGE;
const offset = { control: { type: 'range' as const, min: minOffset, max: maxOffset, step: 1 } };

/**
 * Pick a brand colour, scheme, shape, size, elevation, the launcher's corner,
 * offsets and style, and a font in Controls: the launcher, the open panel,
 * product points and checkout redemption update live, side by side, in the
 * same shadow root and from the same `:host` theme rule as the script tag.
 * Product points and cart points also show on a light and a dark host page,
 * each themed for the background found behind it, as the script tag themes
 * inline embeds on any page. The report shows the contrast the resolver
 * reached, per scheme and on both host pages, and the tag and JSON to paste. Press Escape (or click outside the panel) to select and copy the
 * export: the open panel is modal, as on a storefront, though the builder does
 * not dim the page behind it.
 */
const meta = {
  title: 'Theme/Theme builder',
  args: { ...defaultTokens },
  argTypes: {
    brandColor: { control: 'color' },
    scheme: select(SCHEMES),
    shape: select(SHAPES),
    size: select(SIZES),
    elevation: radio(ELEVATIONS),
    launcherPosition: radio(LAUNCHER_POSITIONS),
    launcherStyle: radio(LAUNCHER_STYLES),
    launcherOffsetX: offset,
    launcherOffsetY: offset,
    fontFamily: { control: 'text' },
  },
  render: (args) => (
    <div class={css.builder}>
      <StorePage corner={args.launcherPosition} offset={args.launcherOffsetX}>
        <HostPreview tokens={args} />
        <ThemeReport tokens={args} />
      </StorePage>
      <Launcher />
      <Panel />
    </div>
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
    const canvas = widgets(canvasElement);
    await expect(canvas.getByTestId('export-script')).toHaveTextContent(
      'data-brand-color="#0e7490"',
    );
    // The page widgets, beside the open panel and not under it, in the same theme. Found
    // by their cards and numbers, so this passes in every locale of the toolbar.
    const product = within(canvas.getByRole('region', { name: /^Linen shirt/ })).getByText(/368/);
    const checkout = canvas.getByRole('region', { name: /^Checkout/ });
    const picker = await within(checkout).findByRole('combobox');
    for (const widget of [product, picker]) {
      await expect(widget).toBeVisible();
      await expect(overlaps(widget, dialog)).toBe(false);
    }
    await expect(getComputedStyle(product).color).toBe('rgb(14, 116, 144)');
    // The default theme exports nothing but the brand colour.
    const script = canvas.getByTestId('export-script');
    await expect(script.textContent).not.toMatch(/data-(launcher-style|launcher-offset|elevation)/);
  },
};

/**
 * An icon-only launcher lifted clear of a sticky "Add to cart" bar, flat: it keeps
 * its name, is as wide as tall, and the export carries the new attributes.
 */
export const IconLauncher: Story = {
  name: 'Icon-only launcher, offset, flat',
  args: {
    launcherStyle: 'icon',
    launcherOffsetX: 32,
    launcherOffsetY: 96,
    elevation: 'flat',
    shape: 'pill',
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    const canvas = widgets(canvasElement);
    const launcher = canvas.getByRole('button', {
      name: 'Rewards: 1,250 points. A reward is ready to redeem',
    });
    await expect(within(launcher).getByText('1,250 points')).not.toBeVisible();
    const box = launcher.getBoundingClientRect();
    await expect(box.width).toBe(box.height);
    await expect(document.documentElement.clientWidth - box.right).toBe(32);
    await expect(document.documentElement.clientHeight - box.bottom).toBe(96);
    await expect(getComputedStyle(launcher).boxShadow).toBe('rgba(0, 0, 0, 0) 0px 0px 0px 0px');
    await expect(getComputedStyle(dialog).boxShadow).toBe('rgba(0, 0, 0, 0) 0px 0px 0px 0px');
    // The panel opens above the launcher, wherever the offsets put it.
    await expect(dialog.getBoundingClientRect().bottom).toBeLessThan(box.top);

    const script = canvas.getByTestId('export-script');
    for (const attribute of [
      'data-shape="pill"',
      'data-launcher-style="icon"',
      'data-launcher-offset-x="32"',
      'data-launcher-offset-y="96"',
      'data-elevation="flat"',
    ]) {
      await expect(script).toHaveTextContent(attribute);
    }
    const json = JSON.parse(canvas.getByTestId('export-json').textContent ?? '');
    await expect(json).toEqual({
      ...defaultTokens,
      launcherStyle: 'icon',
      launcherOffsetX: 32,
      launcherOffsetY: 96,
      elevation: 'flat',
      shape: 'pill',
    });
  },
};

/** A label-only launcher (no icon), floating: deeper shadows than the default. */
export const LabelLauncher: Story = {
  name: 'Label-only launcher, floating',
  args: { launcherStyle: 'label', elevation: 'floating' },
  play: async ({ canvasElement }) => {
    await findOpenDialog(canvasElement);
    const canvas = widgets(canvasElement);
    const launcher = canvas.getByRole('button', {
      name: 'Rewards: 1,250 points. A reward is ready to redeem',
    });
    await expect(launcher.querySelector('svg')).not.toBeVisible();
    await expect(within(launcher).getByText('1,250 points')).toBeVisible();
    await expect(getComputedStyle(launcher).boxShadow).toBe(
      'rgba(0, 0, 0, 0.26) 0px 10px 28px 0px',
    );
    await expect(canvas.getByTestId('export-script')).toHaveTextContent(
      'data-launcher-style="label"',
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

/** The `rgb()` a hex colour computes to. */
const computed = (hex: string) => `rgb(${parseHex(hex)?.join(', ')})`;

/**
 * The inline embeds on the light and dark host pages: their text reads at
 * 4.5:1 on the host's own colour, in the colours the report lists for it. A
 * pale brand is the hard case on a light host, the teal on the dark one.
 */
export const OnHostPages: Story = {
  name: 'Inline embeds on light and dark host pages',
  args: { brandColor: '#ffcc00' },
  play: async ({ args, canvasElement }) => {
    await findOpenDialog(canvasElement);
    const canvas = widgets(canvasElement);
    for (const { scheme, color } of HOST_BACKGROUNDS) {
      const page = canvas.getByRole('region', { name: `Inline embeds on a ${scheme} host page` });
      const root = page.querySelector(`[${STORY_HOST_ATTRIBUTE}]`)?.shadowRoot as ShadowRoot;
      const earn = await within(root as unknown as HTMLElement).findByText(/^Earn 4,725 points$/);
      const expected = resolveTheme(args, parseHex(color)).color.brandText;
      // Derived once the preview has found the host's colour behind it.
      await waitFor(() => expect(getComputedStyle(earn).color).toBe(computed(expected)));
      await expect(
        contrast(parseHex(expected) ?? [0, 0, 0], parseHex(color) ?? [0, 0, 0]),
      ).toBeGreaterThanOrEqual(4.5);
      const report = canvas.getByRole('region', { name: `Contrast, ${scheme} host page ${color}` });
      await expect(within(report).queryAllByText(/✗/)).toEqual([]);
    }
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
