import { type Customer, formatDate, type Program } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { TierProgress } from '../TierProgress/TierProgress.tsx';
import * as vip from './VipPage.css.ts';

/** The tiers, what each gives, and where the member stands: what raises and what keeps their tier. */
export function VipPage({ program, customer }: { program: Program; customer: Customer | null }) {
  const { i18n } = useLoyalty();
  const status = customer?.tier;
  const current = program.tiers.find((tier) => tier.id === status?.currentTierId);
  const tiers = [...program.tiers].sort((a, b) => a.threshold - b.threshold);
  return (
    <>
      {status && <TierProgress program={program} status={status} />}
      {status?.toRetain !== undefined && status.periodEnd && current && (
        <p class={css.hint}>
          {i18n.t('vip.retain', {
            points: i18n.t('points', { count: status.toRetain }),
            date: formatDate(i18n.tag, status.periodEnd),
            tier: current.name,
          })}
        </p>
      )}
      <ul class={css.list}>
        {tiers.map((tier) => (
          <li key={tier.id} class={`${css.row} ${tier.id === current?.id ? vip.current : ''}`}>
            <div class={css.head}>
              <span class={css.title}>
                <bdi>{tier.name}</bdi>
              </span>
              {tier.id === current?.id ? (
                <span class={vip.badge}>{i18n.t('vip.yours')}</span>
              ) : (
                <span class={css.price}>
                  {i18n.t('vip.threshold', { points: i18n.t('points', { count: tier.threshold }) })}
                </span>
              )}
            </div>
            <ul class={vip.perks}>
              {tier.multiplier > 1 && (
                <li>
                  {i18n.t('vip.multiplier', { multiplier: i18n.formatNumber(tier.multiplier) })}
                </li>
              )}
              {tier.perks.map((perk) => (
                <li key={perk}>
                  <bdi>{perk}</bdi>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
