import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent } from 'storybook/test';
import { findOverflowingText, hasFocus, widgetRoot, widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { LoyaltyLanding } from './index.ts';

/** The landing page section over the seed store's programme. */
const meta = {
  title: 'Widgets/LoyaltyLanding',
  component: LoyaltyLanding,
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof LoyaltyLanding>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Presses keys as a shopper does (Playwright's real keys under Vitest, synthetic ones in the UI). */
const press = (keys: string) =>
  (globalThis.__loyaltyKitTrustedKeyboard ?? userEvent.keyboard)(keys);

/** What a shopper without an account sees: join and sign in, every section, answers on demand. */
export const Guest: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Harbor Rewards' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Join now' })).toBeVisible();
    await expect(canvas.getByText('Earn 5 points per $1.00')).toBeVisible();
    const question = canvas.getByText('When can I spend points from an order?');
    const answer = canvas.getByText(/^14 days after your order/);
    await expect(answer).not.toBeVisible();
    await step('Open an answer with the mouse', async () => {
      await userEvent.click(question);
    });
    await expect(answer).toBeVisible();
    await step('Close it and open it again from the keyboard', async () => {
      question.focus();
      await expect(hasFocus(question)).toBe(true);
      await press(' ');
      await expect(answer).not.toBeVisible();
      await press('{Enter}');
      await expect(answer).toBeVisible();
    });
  },
};

/** Every answer open, as a shopper reading them all has them, then what does not fit. */
function overflowWithAnswersOpen(root: HTMLElement): string[] {
  for (const details of root.querySelectorAll('details')) details.open = true;
  return findOverflowingText(root);
}

/** In a column as narrow as a phone's the grids are one card wide and the tiers stack: nothing is cut or spills. */
export const PhoneColumn: Story = {
  name: 'In a 390 px column',
  render: (args) => (
    <div style={{ inlineSize: '390px', padding: '16px', boxSizing: 'border-box' }}>
      <LoyaltyLanding {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = widgetRoot(canvasElement);
    await expect(widgets(canvasElement).getByText('Free canvas tote')).toBeVisible();
    await expect(overflowWithAnswersOpen(root)).toEqual([]);
  },
};

/** Right to left on a dark page (the section is the page's: it paints no background of its own). */
export const ArabicDark: Story = {
  name: 'Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  render: (args) => (
    <div style={{ background: 'var(--lk-color-surface)', padding: '24px' }}>
      <LoyaltyLanding {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(overflowWithAnswersOpen(widgetRoot(canvasElement))).toEqual([]);
  },
};

/** Members are sent to their rewards instead of being asked to join. */
export const Member: Story = {
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(
      await widgets(canvasElement).findByRole('button', { name: 'My rewards' }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { loyalty: { state: 'loading' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('Loading your rewards…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('We couldn’t load your rewards.')).toBeVisible();
  },
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const heading = widgets(canvasElement).getByRole('heading', { name: 'الأسئلة الشائعة' });
    await expect(heading.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
