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
 * Whether `points` of a balance pay `price`. A balance below zero (a refunded
 * order's points clawed back) pays for nothing, not even a free reward, and a
 * negative price is a backend's mistake, never a bargain.
 */
const pays = (available: number, price: number) =>
  available >= 0 && price >= 0 && price <= available;

/**
 * Whether the member may redeem `reward` now with their points and tier,
 * whatever the cart (minimum orders are the checkout's business): what the
 * launcher's dot and the nudge go by.
 */
export const redeemableNow = (reward: Reward, customer: Pick<Customer, 'balance' | 'tier'>) =>
  tierAllows(reward, customer) && pays(customer.balance.available, reward.pointsPrice);

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
  const { available } = customer.balance;
  if (
    reward.kind === 'variable'
      ? maxVariablePoints(reward, available) > 0
      : pays(available, reward.pointsPrice)
  ) {
    return { status: 'available' };
  }
  return { status: 'insufficient_points', missing: Math.max(1, reward.pointsPrice - available) };
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
  // A reward without whole steps to buy, or a balance below zero, buys nothing.
  if (!(reward.pointsStep > 0) || available < 0) return 0;
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
  return points >= reward.pointsPrice && points > 0 ? points : 0;
}
