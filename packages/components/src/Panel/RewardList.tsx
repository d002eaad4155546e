import type { Customer, Reward } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from './sections.css.ts';

/** The catalogue, cheapest first, with how far a member is from each reward. */
export function RewardList({
  rewards,
  customer,
}: {
  rewards: Reward[];
  customer: Customer | null;
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
        <ul class={css.list}>
          {sorted.map((reward) => {
            const missing = customer ? reward.pointsPrice - customer.balance.available : undefined;
            return (
              <li key={reward.id} class={css.reward}>
                {/* Titles come from the backend in any script: isolate them, or an English
                    "$5 off" reads "off $5" inside a right-to-left panel. */}
                <span class={css.rewardTitle}>
                  <bdi>{reward.title}</bdi>
                </span>
                <span class={css.price}>{i18n.t('points', { count: reward.pointsPrice })}</span>
                {missing !== undefined && (
                  <span class={css.hint}>
                    {missing <= 0
                      ? i18n.t('panel.canRedeem')
                      : i18n.t('panel.toGo', { count: missing })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
