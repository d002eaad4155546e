import type { Program } from '@loyaltykit/core';
import { earnText } from '../earn-text.ts';
import { earnIcon, Icon, rewardIcon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as widgets from '../widgets.css.ts';
import * as css from './LoyaltyLanding.css.ts';

// The landing's cards: the programme as a shopper browses it, before they are a member. Titles,
// descriptions, tier names and perks come from the merchant in any script: each is isolated
// (<bdi>), or an English "$5 off" reads "off $5" inside a right-to-left page.

/** Every way to earn as a card: its icon, what it is, what it gives. */
export function EarnCards({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  return (
    <ul class={css.grid}>
      {program.earningRules.map((rule) => (
        <li key={rule.id} class={css.card}>
          <Icon name={earnIcon(rule)} class={css.badge} />
          <div class={css.body}>
            <span class={css.cardTitle}>
              <bdi>{rule.title}</bdi>
            </span>
            <span class={css.amount}>{earnText(i18n, rule)}</span>
            {rule.description && (
              <p class={widgets.hint}>
                <bdi>{rule.description}</bdi>
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The catalogue, cheapest first, each reward with its kind's icon, its price and who may redeem it. */
export function RewardCards({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  const t = i18n.t;
  const rewards = [...program.rewards].sort((a, b) => a.pointsPrice - b.pointsPrice);
  if (rewards.length === 0) return <p class={widgets.hint}>{t('panel.rewardsEmpty')}</p>;
  return (
    <ul class={css.grid}>
      {rewards.map((reward) => {
        const price = t('points', { count: reward.pointsPrice });
        const tiers = reward.tierIds?.map(
          (id) => program.tiers.find((tier) => tier.id === id)?.name ?? id,
        );
        return (
          <li key={reward.id} class={css.card}>
            <Icon name={rewardIcon(reward.kind)} class={css.badge} />
            <div class={css.body}>
              <span class={css.cardTitle}>
                <bdi>{reward.title}</bdi>
              </span>
              {/* A variable reward's price is the least it takes. */}
              <span class={css.amount}>
                {reward.kind === 'variable' ? t('landing.from', { points: price }) : price}
              </span>
              {reward.description && (
                <p class={widgets.hint}>
                  <bdi>{reward.description}</bdi>
                </p>
              )}
              {tiers && (
                <p class={css.locked}>
                  <Icon name="lock" />
                  {t('redeem.tierOnly', { tiers: tiers.join(', ') })}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The tiers side by side, lowest first: where each starts and what it gives; the top one stands out. */
export function TierCards({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  const t = i18n.t;
  const tiers = [...program.tiers].sort((a, b) => a.threshold - b.threshold);
  return (
    <ol class={css.grid}>
      {tiers.map((tier, index) => {
        const multiplier =
          tier.multiplier > 1 &&
          t('vip.multiplier', { multiplier: i18n.formatNumber(tier.multiplier) });
        const perks = multiplier ? [multiplier, ...tier.perks] : tier.perks;
        return (
          <li key={tier.id} class={index === tiers.length - 1 ? css.topTier : css.card}>
            <Icon name="crown" class={css.badge} />
            <div class={css.body}>
              <h4 class={css.cardTitle}>
                <bdi>{tier.name}</bdi>
              </h4>
              <span class={css.amount}>
                {t('vip.threshold', { points: t('points', { count: tier.threshold }) })}
              </span>
              <ul class={css.perks}>
                {perks.map((perk) => (
                  <li key={perk} class={css.perk}>
                    <Icon name="check" />
                    <bdi>{perk}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
