import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Launcher } from '../Launcher/index.ts';
import { findOpenDialog } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { isolated } from '../testing/bidi.ts';
import logo from './header-logo.example.svg?no-inline';
import picture from './header-picture.example.svg?no-inline';
import { Panel } from './index.ts';

/** The panel, open over the page, with the launcher that opened it. */
const meta = {
  title: 'Widgets/Panel',
  component: Panel,
  render: () => (
    <>
      <Launcher />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state: 'member', open: true } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Maya, a Silver member, with 1,250 points and 120 on their way. */
export const Member: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
    await expect(within(dialog).getByTestId('balance')).toHaveTextContent('1,250 points');
    await expect(within(dialog).getByText('+120 points on their way')).toBeVisible();
  },
};

/**
 * Maya on a backend that can do none of the contract's optional parts
 * (`Program.capabilities` all false): no Activity or Refer a friend page, no
 * social claims, birthday form, cancel or spend-any-amount reward; what it
 * can do looks the same.
 */
export const FewestCapabilities: Story = {
  name: 'Member on a backend with the fewest capabilities',
  parameters: {
    loyalty: { state: 'fewest_capabilities', open: true } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = within(await findOpenDialog(canvasElement));
    await expect(dialog.getByTestId('balance')).toHaveTextContent('1,250 points');
    await expect(dialog.getByRole('button', { name: /Ways to redeem/ })).toBeVisible();
    await expect(dialog.queryByRole('button', { name: /Activity/ })).toBeNull();
    await expect(dialog.queryByRole('button', { name: /Refer a friend/ })).toBeNull();
    await userEvent.click(dialog.getByRole('button', { name: /Ways to earn/ }));
    await expect(await dialog.findByText('Celebrate your birthday')).toBeVisible();
    await expect(dialog.queryByRole('button', { name: 'Save birthday' })).toBeNull();
  },
};

/** No customer token: what joining gets you, and the way in. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
    await expect(within(dialog).getByRole('link', { name: 'Join now' })).toBeVisible();
    await expect(within(dialog).queryByTestId('balance')).toBeNull();
  },
};

/**
 * A guest who followed a friend's referral link (`?lk_ref=MAYA-7K2`): welcomed as a friend, told
 * what friends get, and the join link passes the code on to the sign-up page. The script tag reads
 * the code from the page's URL; in your own app, pass it as `referralCode`.
 */
export const GuestFromReferral: Story = {
  name: 'Guest from a referral link',
  render: () => (
    <>
      <Launcher />
      <Panel referralCode="MAYA-7K2" />
    </>
  ),
  parameters: Guest.parameters,
  play: async ({ canvasElement }) => {
    const dialog = within(await findOpenDialog(canvasElement));
    const welcome = dialog.getByRole('region', { name: 'A friend invited you to Harbor Rewards' });
    await expect(welcome).toHaveTextContent(
      'Join now and get $10.00 off on your first order. For orders of $50.00 or more.',
    );
    await expect(welcome).toHaveTextContent('Plus 200 points for joining.');
    await expect(welcome).toHaveTextContent('Invitation code: MAYA-7K2');
    await expect(dialog.getByRole('link', { name: 'Join now' })).toHaveAttribute(
      'href',
      '/account/register?lk_ref=MAYA-7K2',
    );
  },
};

/** The referral welcome in Arabic, right to left. */
export const GuestFromReferralArabic: Story = {
  name: 'Guest from a referral link (Arabic)',
  render: GuestFromReferral.render,
  parameters: Guest.parameters,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = within(await findOpenDialog(canvasElement));
    // Each value isolated inside its Arabic sentence.
    await expect(
      dialog.getByRole('region', { name: `دعاك صديق إلى ${isolated('Harbor Rewards')}` }),
    ).toHaveTextContent(`رمز الدعوة: ${isolated('MAYA-7K2')}`);
    await expect(dialog.getByRole('link', { name: 'انضم الآن' })).toHaveAttribute(
      'href',
      '/account/register?lk_ref=MAYA-7K2',
    );
  },
};

/**
 * The backend has not answered yet: placeholder blocks laid out like the member's home page
 * (balance card, tier progress, page links), pulsing unless reduced motion is asked for.
 */
export const Loading: Story = {
  parameters: { loyalty: { state: 'loading', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(within(dialog).getByText('Loading your rewards…')).toBeVisible();
    const skeleton = within(dialog).getByTestId('panel-skeleton');
    await expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    await expect(skeleton.closest('[aria-busy="true"]')).not.toBeNull();
    // The panel has one height for every page and state (min(640px, viewport - 120px)), so it
    // does not grow when the content arrives; the placeholders fill most of its body meanwhile.
    await expect(dialog.getBoundingClientRect().height).toBeCloseTo(
      Math.min(640, window.innerHeight - 120),
      0,
    );
    const body = skeleton.closest('[aria-busy="true"]') as HTMLElement;
    await expect(skeleton.getBoundingClientRect().height).toBeGreaterThan(body.clientHeight * 0.6);
  },
};

/** Loading in Arabic: the placeholders start from the right. */
export const LoadingArabic: Story = {
  name: 'Loading (Arabic)',
  parameters: Loading.parameters,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(within(dialog).getByText('جارٍ تحميل مكافآتك…')).toBeInTheDocument();
    const bar = within(dialog).getByTestId('panel-skeleton').querySelector('li span');
    const row = bar?.parentElement?.getBoundingClientRect();
    const box = bar?.getBoundingClientRect();
    // Right-aligned: the bar's right edge sits near the row's, far from its left.
    await expect(row && box && row.right - box.right < box.left - row.left).toBe(true);
  },
};

/** The backend failed with a `LoyaltyError`: an alert and a way to retry. */
export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    // Opening the panel retries the load once; it fails again.
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'We couldn’t load your rewards.',
    );
    await expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Arabic, right-to-left: mirrored layout, Arabic plurals and digits from `Intl`. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(await within(dialog).findByText('رصيدك')).toBeVisible();
  },
};

/**
 * The merchant's logo and a picture behind the header (`logoUrl`,
 * `headerImage`; the script tag's `data-logo-url`, `data-header-image`):
 * the picture drawn faintly over a deeper shade of the brand colour, so the
 * text keeps its contrast. Try the brand toolbar.
 */
export const BrandedHeader: Story = {
  name: 'Branded header (logo and picture)',
  render: () => (
    <>
      <Launcher />
      <Panel logoUrl={logo} headerImage={picture} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    const header = within(dialog.firstElementChild as HTMLElement);
    // Beside the programme's name the logo is decorative; the picture always is.
    const images = [...dialog.querySelectorAll('img')];
    await expect(images.map((img) => img.getAttribute('alt'))).toEqual(['', '']);
    await expect(images.every((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(header.getByText('Hi Maya')).toBeVisible();
    await expect(header.getByTestId('balance')).toHaveTextContent('1,250 points');
    await userEvent.click(within(dialog).getByRole('button', { name: /Ways to earn/ }));
    await expect(await header.findByRole('img', { name: 'Harbor Rewards' })).toBeVisible();
  },
};

/** Ways to redeem: every reward with its price, what stands in the way, and the redemption flow. */
export const Redeem: Story = {
  parameters: {
    loyalty: { state: 'member', open: true, page: 'redeem' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    const row = (await within(dialog).findByText('$5 off your order')).closest('li') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Redeem' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Redeem now' }));
    await expect(await within(row).findByTestId('redemption-code')).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Apply to cart' })).toBeVisible();
  },
};

/** Ways to redeem in Arabic: English reward titles keep their own direction ("$5 off", not "off $5"). */
export const RedeemArabic: Story = {
  name: 'Redeem (Arabic)',
  globals: { locale: 'ar' },
  parameters: Redeem.parameters,
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect((await within(dialog).findByText('$5 off your order')).tagName).toBe('BDI');
  },
};

/** Unused codes: copy, apply, cancel and refund. */
export const MyRewards: Story = {
  parameters: {
    loyalty: { state: 'member', open: true, page: 'rewards' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(await within(dialog).findByRole('heading', { name: 'My rewards' })).toBeVisible();
  },
};

/** Ways to earn, with follow-and-claim and the birthday form. */
export const Earn: Story = {
  parameters: {
    loyalty: { state: 'member', open: true, page: 'earn' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(
      await within(dialog).findByRole('heading', { name: 'Ways to earn' }),
    ).toBeVisible();
  },
};

/** VIP tiers, the member's own marked, with progress to the next. */
export const Vip: Story = {
  name: 'VIP',
  parameters: {
    loyalty: { state: 'member', open: true, page: 'vip' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(await within(dialog).findByRole('progressbar')).toBeVisible();
  },
};

/** The referral link to copy or share, and what both sides get. */
export const Referral: Story = {
  parameters: {
    loyalty: { state: 'member', open: true, page: 'referral' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(await within(dialog).findByRole('button', { name: 'Copy link' })).toBeVisible();
  },
};

/** The points ledger, newest first. */
export const Activity: Story = {
  parameters: {
    loyalty: { state: 'member', open: true, page: 'activity' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect((await within(dialog).findAllByRole('listitem')).length).toBeGreaterThan(0);
  },
};
