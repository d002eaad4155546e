import type { CartLine, Customer, Money, Program } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { orderPoints } from '../order-points.ts';
import { ProgressBar } from '../ProgressBar/ProgressBar.tsx';
import { joinUrl } from '../referral-offer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';
import * as own from './CartPoints.css.ts';

export interface CartPointsProps {
  /** The cart subtotal. */
  subtotal: Money;
  /** The cart's lines, when known: points then follow exclusions and product multipliers. */
  lines?: CartLine[];
  /**
   * The code of the referral link the shopper arrived by (`?lk_ref=`): the join
   * link passes it on to the sign-up URL. The script tag passes it for you.
   */
  referralCode?: string;
}

/** The cheapest reward a member's tier allows but their balance does not reach yet. */
function nextReward(program: Program, customer: Customer) {
  const tierId = customer.tier?.currentTierId ?? '';
  return program.rewards
    .filter(
      (r) =>
        (!r.tierIds || r.tierIds.includes(tierId)) && r.pointsPrice > customer.balance.available,
    )
    .sort((a, b) => a.pointsPrice - b.pointsPrice)[0];
}

/**
 * On the cart: the points this cart earns, and for members how close they
 * are to their next reward (or that this order gets them there). Guests get
 * a join link. Shows nothing until the programme is known.
 *
 * @example
 * ```tsx
 * <CartPoints subtotal={{ amountMinor: 12900, currency: 'USD' }} lines={cart.lines} />
 * ```
 */
export function CartPoints({ subtotal, lines, referralCode }: CartPointsProps) {
  const { model, i18n } = useLoyalty();
  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  if (!program || customer === undefined) return null;
  const points = orderPoints(program, customer, subtotal, lines);
  const next = customer && nextReward(program, customer);
  const join = customer === null && joinUrl(program.signUpUrl, referralCode);
  if (points <= 0 && !next) return null;

  let progress: preact.ComponentChildren = null;
  if (customer && next) {
    const { available } = customer.balance;
    const missing = next.pointsPrice - available;
    const text =
      missing <= points
        ? i18n.t('cart.unlocks', { reward: next.title })
        : i18n.t('cart.toReward', { count: missing, reward: next.title });
    progress = (
      <>
        <ProgressBar value={available / next.pointsPrice} label={next.title} valueText={text} />
        <p class={css.hint}>{text}</p>
      </>
    );
  }

  return (
    <section class={css.card}>
      {points > 0 && (
        <p class={`${css.strong} ${own.earn}`}>
          {i18n.t('cart.earn', { points: i18n.t('points', { count: points }) })}
        </p>
      )}
      {progress}
      {join && (
        <div class={css.actions}>
          <a class={css.link} href={join}>
            {i18n.t('guest.join')}
          </a>
        </div>
      )}
    </section>
  );
}
