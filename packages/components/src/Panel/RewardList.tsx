import { type Customer, type Reward, rewardAvailability, type Tier } from '@loyaltykit/core';
import { rewardIcon } from '../Icon/Icon.tsx';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { RewardStatus } from '../RedeemPage/RewardStatus.tsx';
import * as css from './sections.css.ts';

/**
 * The catalogue, cheapest first, as cards that differ by kind (its icon), with the price, a lock
 * on tier-only rewards and, for a member, how far the balance is from each.
 */
export function RewardList({
  rewards,
  customer,
  tiers = [],
}: {
  rewards: Reward[];
  customer: Customer | null;
  /** The programme's tiers, to name those a tier-only reward is for. */
  tiers?: Tier[];
}) {
  const { i18n } = useLoyalty();
  const sorted = [...rewards].sort((a, b) => a.pointsPrice - b.pointsPrice);
  return (
    <section aria-labelledby="lk-rewards-title">
      <h3 class={css.sectionTitle} id="lk-rewards-title">
        {i18n.t('panel.rewards')}
      </h3>
      {sorted.length === 0 ? (
        <p class={css.eyebrow}>{i18n.t('panel.rewardsEmpty')}</p>
      ) : (
        <ul class={iconList}>
          {sorted.map((reward) => {
            const availability = customer
              ? rewardAvailability(reward, customer)
              : reward.tierIds
                ? { status: 'tier_locked' as const, tierIds: reward.tierIds }
                : { status: 'available' as const };
            return (
              <IconRow
                key={reward.id}
                icon={rewardIcon(reward.kind)}
                tone={availability.status === 'tier_locked' ? 'muted' : 'brand'}
                // Titles come from the backend in any script: isolated, or an English "$5 off"
                // reads "off $5" inside a right-to-left panel.
                title={<bdi>{reward.title}</bdi>}
                aside={i18n.t('points', { count: reward.pointsPrice })}
              >
                <RewardStatus
                  reward={reward}
                  tiers={tiers}
                  balance={customer?.balance.available ?? 0}
                  availability={availability}
                />
              </IconRow>
            );
          })}
        </ul>
      )}
    </section>
  );
}
