import type { Program } from '@loyaltykit/core';
import type { ComponentChildren } from 'preact';
import { earnText } from '../earn-text.ts';
import { earnIcon, Icon, type IconName, rewardIcon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as widgets from '../widgets.css.ts';
import * as css from './LoyaltyLanding.css.ts';

// The landing's cards: the programme as a shopper browses it, before they are a member. Titles,
// descriptions, tier names and perks come from the merchant in any script: each is isolated
// (<bdi>), or an English "$5 off" reads "off $5" inside a right-to-left page.

interface CardProps {
  icon: IconName;
  title: string;
  /** What it gives or costs, in the brand's text colour. */
  amount: string;
  note?: string;
  /** A tier's card: its name is a heading, and the top tier's card stands out. */
  tier?: 'tier' | 'top';
  children?: ComponentChildren;
}

/** One card: the icon (hidden from screen readers: the words say it all), then the words. */
function Card({ icon, title, amount, note, tier, children }: CardProps) {
  const Title = tier ? 'h4' : 'span';
  return (
    <li class={tier === 'top' ? css.topTier : css.card}>
      <Icon name={icon} class={css.badge} />
      <div class={css.body}>
        <Title class={css.cardTitle}>
          <bdi>{title}</bdi>
        </Title>
        <span class={css.amount}>{amount}</span>
        {note && (
          <p class={widgets.hint}>
            <bdi>{note}</bdi>
          </p>
        )}
        {children}
      </div>
    </li>
  );
}

/** Every way to earn as a card: its icon, what it is, what it gives. */
export function EarnCards({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  return (
    <ul class={css.grid}>
      {program.earningRules.map((rule) => (
        <Card
          key={rule.id}
          icon={earnIcon(rule)}
          title={rule.title}
          amount={earnText(i18n, rule)}
          note={rule.description}
        />
      ))}
    </ul>
  );
}

/** The catalogue, cheapest first, each reward with its kind's icon, its price and who may redeem it. */
export function RewardCards({ program }: { program: Program }) {
  const { t } = useLoyalty().i18n;
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
          <Card
            key={reward.id}
            icon={rewardIcon(reward.kind)}
            title={reward.title}
            // A variable reward's price is the least it takes.
            amount={reward.kind === 'variable' ? t('landing.from', { points: price }) : price}
            note={reward.description}
          >
            {tiers && (
              <p class={css.locked}>
                <Icon name="lock" />
                {t('redeem.tierOnly', { tiers: tiers.join(', ') })}
              </p>
            )}
          </Card>
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
          <Card
            key={tier.id}
            icon="crown"
            title={tier.name}
            amount={t('vip.threshold', { points: t('points', { count: tier.threshold }) })}
            tier={index === tiers.length - 1 ? 'top' : 'tier'}
          >
            <ul class={css.perks}>
              {perks.map((perk) => (
                <li key={perk} class={css.perk}>
                  <Icon name="check" />
                  <bdi>{perk}</bdi>
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </ol>
  );
}
