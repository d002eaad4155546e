import type { Customer, Program } from '@loyaltykit/core';
import { iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from './RedeemPage.css.ts';
import { RewardRow } from './RewardRow.tsx';

/** Every reward as a card with its price, affordable or how far off, and the redemption flow. */
export function RedeemPage({ program, customer }: { program: Program; customer: Customer }) {
  const { i18n } = useLoyalty();
  const rewards = [...program.rewards].sort((a, b) => a.pointsPrice - b.pointsPrice);
  if (rewards.length === 0) return <p class={css.hint}>{i18n.t('panel.rewardsEmpty')}</p>;
  return (
    <ul class={iconList}>
      {rewards.map((reward) => (
        <RewardRow key={reward.id} reward={reward} customer={customer} program={program} />
      ))}
    </ul>
  );
}
