import {
  activeBonusEvent,
  affordableRewards,
  type Customer,
  can,
  formatDate,
  type PanelPage,
  type Program,
} from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { MemberSummary } from '../Panel/MemberSummary.tsx';
import { TierProgress } from '../TierProgress/TierProgress.tsx';
import * as css from './HomePage.css.ts';

/** Where a member starts: balance, tier, the live bonus event, and the way to everything else. */
export function HomePage({ program, customer }: { program: Program; customer: Customer }) {
  const { model, i18n } = useLoyalty();
  const tierId = customer.tier?.currentTierId;
  const bonus = activeBonusEvent(program, {}, { tierId, now: Date.now() });
  const affordable = affordableRewards(program.rewards, customer);
  type Link = [PanelPage, string, number | undefined];
  const links: Link[] = [
    ['redeem', i18n.t('nav.redeem'), affordable.length || undefined],
    ['earn', i18n.t('nav.earn'), undefined],
    ['rewards', i18n.t('nav.rewards'), customer.redemptions.length || undefined],
  ];
  if (program.tiers.length > 0) links.push(['vip', i18n.t('nav.vip'), undefined]);
  if (program.referral && can(program, 'referrals'))
    links.push(['referral', i18n.t('nav.referral'), undefined]);
  if (can(program, 'activity')) links.push(['activity', i18n.t('nav.activity'), undefined]);

  return (
    <>
      <MemberSummary customer={customer} />
      {customer.tier && program.tiers.length > 0 && (
        <TierProgress program={program} status={customer.tier} />
      )}
      {bonus && (
        <p class={css.banner}>
          {i18n.t('panel.bonus', {
            title: bonus.title,
            date: formatDate(i18n.tag, bonus.endsAt),
          })}
        </p>
      )}
      <nav aria-label={program.name}>
        <ul class={css.nav}>
          {links.map(([page, label, count]) => (
            <li key={page}>
              <button type="button" class={css.navItem} onClick={() => model.showPage(page)}>
                <span>{label}</span>
                {count !== undefined && <span class={css.count}>{i18n.formatNumber(count)}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
