import type { Customer, PanelPage, Program } from '@loyaltykit/core';
import { ActivityPage } from '../ActivityPage/ActivityPage.tsx';
import { EarnPage } from '../EarnPage/EarnPage.tsx';
import { HomePage } from '../HomePage/HomePage.tsx';
import { MyRewardsPage } from '../MyRewardsPage/MyRewardsPage.tsx';
import { RedeemPage } from '../RedeemPage/RedeemPage.tsx';
import { GuestIntro } from './GuestIntro.tsx';
import { RewardList } from './RewardList.tsx';

/** The current page of the panel. Guests see what the programme offers, whatever page was asked for. */
export function PanelBody({
  page,
  program,
  customer,
}: {
  page: PanelPage;
  program: Program;
  customer: Customer | null;
}) {
  if (!customer) {
    return page === 'earn' ? (
      <EarnPage program={program} usage={[]} />
    ) : (
      <>
        <GuestIntro program={program} />
        <RewardList rewards={program.rewards} customer={null} />
      </>
    );
  }
  switch (page) {
    case 'redeem':
      return <RedeemPage program={program} customer={customer} />;
    case 'earn':
      return <EarnPage program={program} usage={customer.ruleUsage} />;
    case 'rewards':
      return <MyRewardsPage customer={customer} />;
    case 'activity':
      return <ActivityPage />;
    default:
      // 'vip' and 'referral' get pages of their own with the rest of issue 5; until then, home.
      return <HomePage program={program} customer={customer} />;
  }
}

/** The heading of each page; the home page is titled with the programme's name. */
export const PAGE_TITLES = {
  earn: 'nav.earn',
  redeem: 'nav.redeem',
  rewards: 'nav.rewards',
  activity: 'nav.activity',
} as const satisfies Partial<Record<PanelPage, string>>;
