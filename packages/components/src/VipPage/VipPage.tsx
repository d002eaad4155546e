import { type Customer, formatDate, type Program } from '@loyaltykit/core';
import { Icon } from '../Icon/Icon.tsx';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { TierProgress } from '../TierProgress/TierProgress.tsx';
import * as widgets from '../widgets.css.ts';
import * as css from './VipPage.css.ts';

/**
 * The tiers, each with its badge and perks, and where the member stands: their own tier
 * highlighted (and `aria-current`), what raises and what keeps it. Tiers above it are locked.
 */
export function VipPage({ program, customer }: { program: Program; customer: Customer | null }) {
  const { i18n } = useLoyalty();
  const status = customer?.tier;
  const current = program.tiers.find((tier) => tier.id === status?.currentTierId);
  const tiers = [...program.tiers].sort((a, b) => a.threshold - b.threshold);
  return (
    <>
      {status && <TierProgress program={program} status={status} />}
      {status?.toRetain !== undefined && status.periodEnd && current && (
        <p class={widgets.hint}>
          {i18n.t('vip.retain', {
            points: i18n.t('points', { count: status.toRetain }),
            date: formatDate(i18n.tag, status.periodEnd),
            tier: current.name,
          })}
        </p>
      )}
      <ul class={iconList}>
        {tiers.map((tier) => {
          const yours = tier.id === current?.id;
          // Reached: the member's tier and those below it; a guest has reached none.
          const reached = current !== undefined && tier.threshold <= current.threshold;
          return (
            <IconRow
              key={tier.id}
              icon="crown"
              tone={reached ? 'brand' : 'muted'}
              current={yours}
              title={<bdi>{tier.name}</bdi>}
              aside={
                yours ? (
                  <span class={css.badge}>{i18n.t('vip.yours')}</span>
                ) : (
                  <span class={css.threshold}>
                    {!reached && <Icon name="lock" />}
                    {i18n.t('vip.threshold', {
                      points: i18n.t('points', { count: tier.threshold }),
                    })}
                  </span>
                )
              }
            >
              <ul class={css.perks}>
                {tier.multiplier > 1 && (
                  <li class={css.perk}>
                    <Icon name="bolt" class={css.perkIcon} />
                    {i18n.t('vip.multiplier', { multiplier: i18n.formatNumber(tier.multiplier) })}
                  </li>
                )}
                {tier.perks.map((perk) => (
                  <li key={perk} class={css.perk}>
                    <Icon name="check" class={css.perkIcon} />
                    <bdi>{perk}</bdi>
                  </li>
                ))}
              </ul>
            </IconRow>
          );
        })}
      </ul>
    </>
  );
}
