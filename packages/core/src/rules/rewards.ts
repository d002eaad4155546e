import type { Cart, Customer, Money, Reward } from '../types.ts';

/** Whether a member can redeem a reward now, and if not, what stands in the way. */
export type RewardAvailability =
  | { status: 'available' }
  | { status: 'tier_locked'; tierIds: string[] }
  | { status: 'minimum_order'; missing: Money }
  | { status: 'insufficient_points'; missing: number };

/** The subtotal of a cart (sum of line prices), in the cart's currency. */
export function cartSubtotal(cart: Cart): Money {
  let amountMinor = 0;
  for (const line of cart.lines) {
    if (line.unitPrice.currency !== cart.currency) {
      throw new RangeError(
        `Cart line ${line.productId} is in ${line.unitPrice.currency}, not ${cart.currency}`,
      );
    }
    amountMinor += line.unitPrice.amountMinor * line.quantity;
  }
  return { amountMinor, currency: cart.currency };
}

/** Whether the member's tier may redeem `reward` (rewards without tiers are for everyone). */
export const tierAllows = (reward: Reward, customer: Pick<Customer, 'tier'>): boolean =>
  !reward.tierIds || reward.tierIds.includes(customer.tier?.currentTierId ?? '');

/**
 * Whether the member may redeem `reward` now with their points and tier,
 * whatever the cart (minimum orders are the checkout's business): what the
 * launcher's dot and the nudge go by.
 */
export const redeemableNow = (reward: Reward, customer: Pick<Customer, 'balance' | 'tier'>) =>
  tierAllows(reward, customer) && reward.pointsPrice <= customer.balance.available;

/** The cheapest reward {@link redeemableNow}, if any. */
export function cheapestRedeemable(
  rewards: readonly Reward[],
  customer: Pick<Customer, 'balance' | 'tier'>,
): Reward | undefined {
  let cheapest: Reward | undefined;
  for (const reward of rewards) {
    if (
      redeemableNow(reward, customer) &&
      !(cheapest && cheapest.pointsPrice <= reward.pointsPrice)
    ) {
      cheapest = reward;
    }
  }
  return cheapest;
}

/**
 * Whether `customer` can redeem `reward`, checked in the order a shopper can
 * act on: tier first (cannot be fixed now), then the cart's minimum order
 * (when a subtotal is known), then points.
 */
export function rewardAvailability(
  reward: Reward,
  customer: Pick<Customer, 'balance' | 'tier'>,
  subtotal?: Money,
): RewardAvailability {
  if (reward.tierIds && !tierAllows(reward, customer)) {
    return { status: 'tier_locked', tierIds: reward.tierIds };
  }
  const minimum = reward.minimumOrder;
  if (
    minimum &&
    subtotal &&
    subtotal.currency === minimum.currency &&
    subtotal.amountMinor < minimum.amountMinor
  ) {
    return {
      status: 'minimum_order',
      missing: {
        amountMinor: minimum.amountMinor - subtotal.amountMinor,
        currency: minimum.currency,
      },
    };
  }
  const missing = reward.pointsPrice - customer.balance.available;
  return missing > 0 ? { status: 'insufficient_points', missing } : { status: 'available' };
}

/** The rewards a member can redeem right now for this cart (or in general, without one), cheapest first. */
export function affordableRewards(
  rewards: readonly Reward[],
  customer: Pick<Customer, 'balance' | 'tier'>,
  subtotal?: Money,
): Reward[] {
  return rewards
    .filter((reward) => rewardAvailability(reward, customer, subtotal).status === 'available')
    .sort((a, b) => a.pointsPrice - b.pointsPrice);
}

type VariableReward = Extract<Reward, { kind: 'variable' }>;

/** What `points` buy on a variable reward: whole steps only. */
export function variableRewardValue(reward: VariableReward, points: number): Money {
  const steps = Math.floor(points / reward.pointsStep);
  return { amountMinor: steps * reward.valueStep.amountMinor, currency: reward.valueStep.currency };
}

/**
 * The most points a member may put into a variable reward: whole steps, no
 * more than the balance, the reward's cap, or (with a subtotal) what would
 * discount the cart below zero. `0` when not even the minimum is reachable.
 */
export function maxVariablePoints(
  reward: VariableReward,
  available: number,
  subtotal?: Money,
): number {
  let cap = Math.min(available, reward.maxPoints ?? Number.POSITIVE_INFINITY);
  if (
    subtotal &&
    subtotal.currency === reward.valueStep.currency &&
    reward.valueStep.amountMinor > 0
  ) {
    cap = Math.min(
      cap,
      Math.floor(subtotal.amountMinor / reward.valueStep.amountMinor) * reward.pointsStep,
    );
  }
  const points = Math.floor(cap / reward.pointsStep) * reward.pointsStep;
  return points >= reward.pointsPrice ? points : 0;
}
