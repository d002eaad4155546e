import { type Customer, can, type PanelPage, type Program } from '@loyaltykit/core';
import { ActivityPage } from '../ActivityPage/ActivityPage.tsx';
import { EarnPage } from '../EarnPage/EarnPage.tsx';
import { HomePage } from '../HomePage/HomePage.tsx';
import { MyRewardsPage } from '../MyRewardsPage/MyRewardsPage.tsx';
import { RedeemPage } from '../RedeemPage/RedeemPage.tsx';
import { ReferralPage } from '../ReferralPage/ReferralPage.tsx';
import { VipPage } from '../VipPage/VipPage.tsx';
import { GuestIntro } from './GuestIntro.tsx';
import { RewardList } from './RewardList.tsx';

/**
 * The page the panel shows when asked for `page` (a click, `open(page)`, a
 * `?loyalty=` link): home instead of a page this backend cannot serve
 * (`Program.capabilities`), so its title and content never disagree.
 */
export function servedPage(page: PanelPage, program: Program | null | undefined): PanelPage {
  if (!program) return page;
  const lacks =
    (page === 'activity' && !can(program, 'activity')) ||
    (page === 'referral' && !can(program, 'referrals'));
  return lacks ? 'home' : page;
}

/**
 * The current page of the panel (already {@link servedPage}). Guests see what the programme offers, whatever page was asked
 * for, and a welcome when they came by a friend's referral link (`referralCode`).
 */
export function PanelBody({
  page,
  program,
  customer,
  referralCode,
}: {
  page: PanelPage;
  program: Program;
  customer: Customer | null;
  referralCode?: string;
}) {
  // A backend that cannot take a chosen number of points offers no variable reward.
  if (!can(program, 'variableRewards'))
    program = { ...program, rewards: program.rewards.filter((r) => r.kind !== 'variable') };
  if (!customer) {
    if (page === 'earn') return <EarnPage program={program} customer={null} />;
    if (page === 'vip') return <VipPage program={program} customer={null} />;
    if (page === 'referral') return <ReferralPage program={program} customer={null} />;
    return (
      <>
        <GuestIntro program={program} referralCode={referralCode} />
        <RewardList rewards={program.rewards} customer={null} tiers={program.tiers} />
      </>
    );
  }
  switch (page) {
    case 'redeem':
      return <RedeemPage program={program} customer={customer} />;
    case 'earn':
      return <EarnPage program={program} customer={customer} />;
    case 'rewards':
      return <MyRewardsPage program={program} customer={customer} />;
    case 'activity':
      return <ActivityPage />;
    case 'vip':
      return <VipPage program={program} customer={customer} />;
    case 'referral':
      return <ReferralPage program={program} customer={customer} />;
    default:
      return <HomePage program={program} customer={customer} />;
  }
}

/** The heading of each page; the home page is titled with the programme's name. */
export const PAGE_TITLES = {
  earn: 'nav.earn',
  redeem: 'nav.redeem',
  rewards: 'nav.rewards',
  vip: 'nav.vip',
  referral: 'nav.referral',
  activity: 'nav.activity',
} as const satisfies Record<Exclude<PanelPage, 'home'>, string>;
