import {
  affordableRewards,
  type Customer,
  can,
  type PanelPage,
  type Program,
} from '@loyaltykit/core';
import { Icon, type IconName } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { MemberSummary } from '../Panel/MemberSummary.tsx';
import { TierProgress } from '../TierProgress/TierProgress.tsx';
import { BonusEvents } from './BonusEvents.tsx';
import * as css from './HomePage.css.ts';

/** Where a member starts: balance, tier, every live bonus event, and the way to everything else. */
export function HomePage({ program, customer }: { program: Program; customer: Customer }) {
  const { model, i18n } = useLoyalty();
  const affordable = affordableRewards(program.rewards, customer);
  type Link = [PanelPage, IconName, string, number | undefined];
  const links: Link[] = [
    ['redeem', 'gift', i18n.t('nav.redeem'), affordable.length || undefined],
    ['earn', 'coins', i18n.t('nav.earn'), undefined],
    ['rewards', 'tag', i18n.t('nav.rewards'), customer.redemptions.length || undefined],
  ];
  if (program.tiers.length > 0) links.push(['vip', 'crown', i18n.t('nav.vip'), undefined]);
  if (program.referral && can(program, 'referrals'))
    links.push(['referral', 'users', i18n.t('nav.referral'), undefined]);
  if (can(program, 'activity'))
    links.push(['activity', 'clock', i18n.t('nav.activity'), undefined]);

  return (
    <>
      <MemberSummary customer={customer} />
      {customer.tier && program.tiers.length > 0 && (
        <TierProgress program={program} status={customer.tier} />
      )}
      <BonusEvents program={program} />
      <nav aria-label={program.name}>
        <ul class={css.nav}>
          {links.map(([page, icon, label, count]) => (
            <li key={page} class={css.navRow}>
              <button type="button" class={css.navItem} onClick={() => model.showPage(page)}>
                <span class={css.disc}>
                  <Icon name={icon} />
                </span>
                <span class={css.label}>{label}</span>
                {count !== undefined && <span class={css.count}>{i18n.formatNumber(count)}</span>}
                <Icon name="chevron" class={css.chevron} />
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
