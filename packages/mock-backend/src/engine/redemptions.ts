import {
  cartSubtotal,
  LoyaltyError,
  maxVariablePoints,
  type Redemption,
  type Reward,
  rewardAvailability,
  tierStatus,
  variableRewardValue,
} from '@loyaltykit/core';
import type { RedeemInput } from '@loyaltykit/gateway';
import { type EngineContext, fill } from './context.ts';
import { balanceOf, record, spend } from './ledger.ts';
import { DAY, iso } from './time.ts';
import type { Member } from './types.ts';

const unavailable = (detail: string) =>
  new LoyaltyError('reward_unavailable', detail, { status: 422 });

/** The points a redemption costs: the price, or for variable rewards the whole steps asked for. */
function cost(reward: Reward, points: number | undefined): number {
  if (reward.kind !== 'variable') {
    if (points !== undefined && points !== reward.pointsPrice) {
      throw unavailable(`${reward.title} costs exactly ${reward.pointsPrice} points.`);
    }
    return reward.pointsPrice;
  }
  const asked = points ?? reward.pointsPrice;
  if (
    !Number.isInteger(asked) ||
    asked < reward.pointsPrice ||
    asked % reward.pointsStep !== 0 ||
    asked > (reward.maxPoints ?? Number.POSITIVE_INFINITY)
  ) {
    throw unavailable(
      `${reward.title} takes multiples of ${reward.pointsStep} points from ${reward.pointsPrice}${reward.maxPoints ? ` to ${reward.maxPoints}` : ''}.`,
    );
  }
  return asked;
}

/** What the code is worth, as the wire `Redemption` states it. */
function worth(reward: Reward, points: number): Pick<Redemption, 'value' | 'percent'> {
  switch (reward.kind) {
    case 'fixed_discount':
    case 'gift_card':
      return { value: reward.value };
    case 'variable':
      return { value: variableRewardValue(reward, points) };
    case 'percent_discount':
      return { percent: reward.percent };
    default:
      return {};
  }
}

/** A code no member holds yet. */
function uniqueCode(context: EngineContext): string {
  const taken = new Set(
    Object.values(context.state.members).flatMap((member) => member.redemptions.map((r) => r.code)),
  );
  for (;;) {
    const code = context.ids.code(context.seed.codePrefix);
    if (!taken.has(code)) return code;
  }
}

/**
 * Spends points on a reward and issues its code. Eligibility is judged by
 * `rewardAvailability`, the function the widgets use to show what a shopper
 * can redeem, so the API never refuses what the panel offered.
 */
export function redeem(
  context: EngineContext,
  member: Member,
  at: number,
  input: RedeemInput,
): Redemption {
  const reward = context.program.rewards.find((r) => r.id === input.rewardId);
  if (!reward) throw unavailable(`No reward ${input.rewardId}.`);
  const points = cost(reward, input.points);
  const balance = balanceOf(member, at);
  const subtotal = input.cart && cartSubtotal(input.cart);
  const availability = rewardAvailability(
    { ...reward, pointsPrice: points },
    { balance, tier: tierStatus(context.program, balance.lifetime) },
    subtotal,
  );
  switch (availability.status) {
    case 'tier_locked':
      throw new LoyaltyError('tier_required', `${reward.title} is for other tiers.`, {
        status: 422,
      });
    case 'minimum_order':
      throw new LoyaltyError(
        'minimum_order_not_met',
        `${reward.title} needs ${availability.missing.amountMinor} (minor units) more in the cart.`,
        { status: 422 },
      );
    case 'insufficient_points':
      throw new LoyaltyError(
        'insufficient_points',
        `${reward.title} needs ${availability.missing} more points.`,
        { status: 422 },
      );
  }
  if (
    reward.kind === 'variable' &&
    subtotal &&
    points > maxVariablePoints(reward, points, subtotal)
  ) {
    throw unavailable(`${points} points would discount more than the cart is worth.`);
  }

  spend(member, at, points);
  record(context, member, at, { kind: 'redeem', points: -points, description: reward.title });
  const redemption: Redemption = {
    id: context.ids.id('red'),
    rewardId: reward.id,
    rewardTitle: reward.title,
    rewardKind: reward.kind,
    pointsSpent: points,
    code: uniqueCode(context),
    status: 'issued',
    ...worth(reward, points),
    createdAt: iso(at),
    ...(reward.expiresInDays !== undefined && {
      expiresAt: iso(at + reward.expiresInDays * DAY),
    }),
  };
  member.redemptions.push(redemption);
  return redemption;
}

function find(member: Member, redemptionId: string): Redemption {
  const redemption = member.redemptions.find((r) => r.id === redemptionId);
  if (!redemption) {
    throw new LoyaltyError('not_found', `No redemption ${redemptionId}.`, { status: 404 });
  }
  return redemption;
}

const expired = (redemption: Redemption, at: number) =>
  redemption.expiresAt !== undefined && Date.parse(redemption.expiresAt) <= at;

/**
 * Cancels an unused code and refunds its points. Cancelling again answers
 * the same and refunds nothing, so a retried DELETE is harmless.
 */
export function cancelRedemption(
  context: EngineContext,
  member: Member,
  at: number,
  redemptionId: string,
): Redemption {
  const redemption = find(member, redemptionId);
  if (redemption.status === 'cancelled') return redemption;
  if (redemption.status === 'used' || expired(redemption, at)) {
    throw new LoyaltyError(
      'redemption_not_cancellable',
      `Code ${redemption.code} was ${redemption.status === 'used' ? 'used' : 'not used in time'}.`,
      { status: 409 },
    );
  }
  redemption.status = 'cancelled';
  record(context, member, at, {
    kind: 'refund',
    points: redemption.pointsSpent,
    description: fill(context.seed.labels.refund, { title: redemption.rewardTitle }),
  });
  return redemption;
}

/** Marks a code as applied to an order (the shop's checkout does this). */
export function useRedemption(member: Member, at: number, redemptionId: string): Redemption {
  const redemption = find(member, redemptionId);
  if (redemption.status !== 'issued' || expired(redemption, at)) {
    throw new LoyaltyError('redemption_not_cancellable', `Code ${redemption.code} is not usable.`, {
      status: 409,
    });
  }
  redemption.status = 'used';
  return redemption;
}

/** Issued codes the shopper can still apply or cancel, newest first. */
export const openRedemptions = (member: Member, at: number): Redemption[] =>
  member.redemptions.filter((r) => r.status === 'issued' && !expired(r, at)).reverse();
