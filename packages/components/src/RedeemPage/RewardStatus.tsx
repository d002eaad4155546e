import { formatMoney, type Reward, type RewardAvailability, type Tier } from '@loyaltykit/core';
import { Icon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { ProgressBar } from '../ProgressBar/ProgressBar.tsx';
import * as css from './RedeemPage.css.ts';

/**
 * What a reward card says under its title: the merchant's description, the order it needs,
 * and what stands in the way: a lock and the tiers it is for, or how far the balance is from
 * its price, as a bar ("1,200 of 2,000 points") and in words.
 */
export function RewardStatus({
  reward,
  tiers,
  balance,
  availability,
}: {
  reward: Reward;
  /** The programme's tiers, to name those a tier-only reward is for. */
  tiers: Tier[];
  /** The member's available points; what a guest has does not matter (nothing is "to go"). */
  balance: number;
  availability: RewardAvailability;
}) {
  const { i18n } = useLoyalty();
  let gap: preact.ComponentChildren = null;
  if (availability.status === 'tier_locked') {
    const names = availability.tierIds.map((id) => tiers.find((t) => t.id === id)?.name ?? id);
    gap = (
      <p class={css.lock}>
        <Icon name="lock" />
        {i18n.t('redeem.tierOnly', { tiers: names.join(', ') })}
      </p>
    );
  } else if (availability.status === 'insufficient_points') {
    const toGo = i18n.t('panel.toGo', { count: availability.missing });
    gap = (
      <>
        <ProgressBar
          value={balance / reward.pointsPrice}
          label={i18n.t('redeem.progress', {
            count: Math.max(0, balance),
            total: i18n.t('points', { count: reward.pointsPrice }),
          })}
          valueText={toGo}
        />
        <p class={css.hint}>{toGo}</p>
      </>
    );
  }
  return (
    <>
      {reward.description && (
        <p class={css.hint}>
          <bdi>{reward.description}</bdi>
        </p>
      )}
      {reward.minimumOrder && (
        <p class={css.hint}>
          {i18n.t('referral.welcomeMinimum', {
            minimum: formatMoney(i18n.tag, reward.minimumOrder),
          })}
        </p>
      )}
      {gap}
    </>
  );
}
