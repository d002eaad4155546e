import {
  array,
  type Infer,
  integer,
  number,
  object,
  oneOf,
  optional,
  restriction,
  type Schema,
  SchemaError,
  string,
  timestamp,
  variant,
} from '@loyaltykit/client/adapter-kit';
import type {
  Balance,
  Customer,
  LedgerEntry,
  Program,
  Redemption,
  RewardKind,
  TierStatus,
} from '@loyaltykit/core';
import { NOT_OFFERED } from './read-program.ts';
import { as, fields, money, type Wire } from './wire.ts';

type Claimed = Wire['CustomerEnrolled']['claimed_rewards'][number];
type Redeemable = NonNullable<Claimed['redeemable']>;
type HistoryKind = Wire['CustomerEnrolled']['history'][number]['kind'];

const usage = oneOf(['not_used', 'partially_used', 'used'] as const);

const percentage = as(number(), (value, path) => {
  if (!(value > 0 && value <= 100))
    throw new SchemaError(`${path}: expected 0 < percent <= 100, got ${value}`);
  return value;
});

/** What a claimed reward's redeemable gives: the code to apply, and its discount. */
const redeemable = (currency: string) =>
  variant('kind', {
    cart_discount_voucher: (value: unknown, path: string) => {
      const kinds = oneOf(['fixed', 'percentage'] as const);
      const { discount_type } = object({ discount_type: kinds })(value, path);
      return object({
        code: string(),
        usage_status: usage,
        expires_at: optional(timestamp()),
        discount:
          discount_type === 'fixed'
            ? as(money(currency), (value) => ({ value }))
            : as(object({ percentage }), ({ percentage: percent }) => ({ percent })),
      })(value, path);
    },
    free_shipping_voucher: object({
      code: string(),
      usage_status: usage,
      expires_at: optional(timestamp()),
    }),
    product_cart: object({
      // The identifier the shop puts on the free product's cart line (`__lion_sfp_id`).
      cart_line_identifier: string(),
      usage_status: usage,
      active_cart_redemption: optional(object({ expires_at: timestamp() })),
    }),
    // Redeemables of rewards this adapter does not offer: their claimed rewards are left out.
    ...NOT_OFFERED,
  } satisfies Record<Redeemable['kind'], Schema<object>>);

/** A claimed reward (a redemption, in our words), from any response that carries one. */
export const claimedReward = (currency: string) =>
  object(
    fields<Claimed>()({
      id: integer(),
      claimed_at: timestamp(),
      reward_id: integer(),
      title: string(),
      state: oneOf(['approved', 'declined', 'expired', 'pending', 'void'] as const),
      source: variant('kind', {
        points_redemption: object({ points_cost: integer() }),
        rule_completion: object({}),
        tier_entry: object({}),
      }),
      redeemable: optional(redeemable(currency)),
    }),
  );
export type ClaimedReward = Infer<ReturnType<typeof claimedReward>>;

const action = { label: string(), date: timestamp(), points: integer() };
/** One action of a member's history, as LoyaltyLion reports it. */
export const historyAction = variant('kind', {
  earned_points_from_rule: object({
    ...action,
    state: oneOf(['pending', 'declined', 'approved', 'void', 'expired'] as const),
    points_will_approve_at: optional(timestamp()),
  }),
  redeemed_points_for_reward: object({
    ...action,
    state: oneOf(['pending', 'declined', 'approved', 'void', 'expired'] as const),
    claimed_reward_id: integer(),
  }),
  points_added: object({ ...action, state: oneOf(['approved', 'void', 'expired'] as const) }),
  points_removed: object({ ...action, state: oneOf(['applied', 'void'] as const) }),
  points_expired: object(action),
  // No points change: not a line of our ledger.
  received_reward: object({}),
  entered_tier: object({}),
} satisfies Record<HistoryKind, Schema<object>>);

const tierMembership = object(
  fields<NonNullable<Wire['CustomerEnrolled']['tier_membership']>>()({
    tier_id: integer(),
    expires_at: optional(timestamp()),
    progress: variant('kind', {
      points: object(
        fields<Wire['TierProgressPoints']>()({
          upgrade_tier_id: restriction(integer()),
          points_needed_for_upgrade: restriction(integer()),
          points_needed_for_renewal: restriction(integer()),
          tier_points: object({ now: integer() }),
        }),
      ),
      spend: object({}),
      orders: object({}),
    }),
  }),
);

const enrolled = (currency: string) =>
  object(
    fields<Wire['CustomerEnrolled']>()({
      merchant_id: string(),
      first_name: optional(string()),
      points_approved: integer(),
      points_pending: integer(),
      points_spent: integer(),
      tier_membership: restriction(tierMembership),
      birthday: optional(object({ month: integer(), day: integer() })),
      claimed_rewards: array(claimedReward(currency)),
      available_rules: array(
        object({
          id: integer(),
          context: object({
            last_completed_at: optional(timestamp()),
            completion_count: integer(),
          }),
        }),
      ),
      history: array(historyAction),
    }),
  );
export type EnrolledCustomer = Infer<ReturnType<typeof enrolled>>;

/** A response's `customer`: a member, or `null` for a shopper who has not joined or is blocked. */
export const customerState = (currency: string) =>
  variant('state', { enrolled: enrolled(currency), guest: object({}), blocked: object({}) });

/** Points held, as our balance. LoyaltyLion has no lifetime total: approved plus spent. */
export const balanceOf = (c: EnrolledCustomer): Balance => ({
  available: c.points_approved,
  pending: c.points_pending,
  lifetime: c.points_approved + c.points_spent,
});

/** Our kind of reward for what a claimed reward's redeemable is. */
function rewardKind(redeemable: NonNullable<ClaimedReward['redeemable']>): RewardKind | undefined {
  switch (redeemable.kind) {
    case 'cart_discount_voucher':
      return 'value' in redeemable.discount ? 'fixed_discount' : 'percent_discount';
    case 'free_shipping_voucher':
      return 'free_shipping';
    case 'product_cart':
      return 'free_product';
    default:
      return undefined;
  }
}

/**
 * A claimed reward as our redemption; `undefined` for one that gives nothing
 * the widgets can show (a gift card's code is shown only once, a pending or
 * declined claim has no usable code).
 */
export function toRedemption(claimed: ClaimedReward): Redemption | undefined {
  const { redeemable } = claimed;
  const kind = redeemable && rewardKind(redeemable);
  if (!redeemable || !kind || !('usage_status' in redeemable)) return undefined;
  const status =
    claimed.state === 'void'
      ? 'cancelled'
      : redeemable.usage_status !== 'not_used'
        ? 'used'
        : claimed.state === 'approved'
          ? 'issued'
          : undefined;
  if (!status) return undefined;
  const code = 'code' in redeemable ? redeemable.code : redeemable.cart_line_identifier;
  const expiresAt =
    redeemable.kind === 'product_cart'
      ? redeemable.active_cart_redemption?.expires_at
      : redeemable.expires_at;
  return {
    id: String(claimed.id),
    rewardId: String(claimed.reward_id),
    rewardTitle: claimed.title,
    rewardKind: kind,
    pointsSpent: claimed.source.kind === 'points_redemption' ? claimed.source.points_cost : 0,
    code,
    status,
    ...(redeemable.kind === 'cart_discount_voucher' && redeemable.discount),
    createdAt: claimed.claimed_at,
    ...(expiresAt && { expiresAt }),
  };
}

/** Where the member stands, for a programme with points tiers (spend tiers have no counterpart). */
function tierOf(c: EnrolledCustomer, program: Program): TierStatus | undefined {
  const membership = c.tier_membership;
  const progress = membership?.progress;
  if (!membership || progress?.kind !== 'points') return undefined;
  const current = program.tiers.find((tier) => tier.id === String(membership.tier_id));
  if (!current) return undefined;
  const nextId = progress.upgrade_tier_id;
  const next = program.tiers.find((tier) => tier.id === String(nextId));
  const span = next ? next.threshold - current.threshold : 0;
  const done = progress.tier_points.now - current.threshold;
  return {
    currentTierId: current.id,
    ...(next && { nextTierId: next.id }),
    progress: next && span > 0 ? Math.min(1, Math.max(0, done / span)) : 1,
    ...(progress.points_needed_for_upgrade !== undefined && {
      toNext: progress.points_needed_for_upgrade,
    }),
    ...(progress.points_needed_for_renewal !== undefined && {
      toRetain: progress.points_needed_for_renewal,
    }),
    ...(membership.expires_at && { periodEnd: membership.expires_at }),
  };
}

/** An enrolled LoyaltyLion customer as our customer. */
export function toCustomer(c: EnrolledCustomer, program: Program): Customer {
  const tier = tierOf(c, program);
  return {
    id: c.merchant_id,
    ...(c.first_name && { firstName: c.first_name }),
    ...(c.birthday && { birthday: c.birthday }),
    balance: balanceOf(c),
    ...(tier && { tier }),
    redemptions: c.claimed_rewards.flatMap((claimed) => {
      const redemption = toRedemption(claimed);
      return redemption?.status === 'issued' ? [redemption] : [];
    }),
    ruleUsage: c.available_rules.flatMap(({ id, context }) =>
      context.last_completed_at && context.completion_count > 0
        ? [
            {
              ruleId: String(id),
              count: context.completion_count,
              lastAt: context.last_completed_at,
            },
          ]
        : [],
    ),
  };
}

/**
 * History actions (a member's, or a rule completion's) as ledger lines, newest first. LoyaltyLion keeps one
 * action per event and changes its state later: a refunded (void) redemption
 * becomes a spend and a refund at the same moment, and points that were
 * declined or voided are left out. History actions carry no ids, so each
 * line's id is its kind, moment and position among equals.
 */
export function toLedger(history: EnrolledCustomer['history']): LedgerEntry[] {
  const seen = new Map<string, number>();
  const line = (kind: LedgerEntry['kind'], a: { label: string; date: string }, points: number) => {
    const key = `${kind}@${a.date}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { id: `${key}#${n}`, kind, points, description: a.label, createdAt: a.date };
  };
  return history.flatMap((a): LedgerEntry[] => {
    switch (a.kind) {
      case 'earned_points_from_rule':
        if (a.state === 'pending')
          return [
            {
              ...line('earn', a, a.points),
              ...(a.points_will_approve_at && { pendingUntil: a.points_will_approve_at }),
            },
          ];
        return a.state === 'approved' || a.state === 'expired' ? [line('earn', a, a.points)] : [];
      case 'redeemed_points_for_reward':
        return a.state === 'void' || a.state === 'declined'
          ? [line('refund', a, -a.points), line('redeem', a, a.points)]
          : [line('redeem', a, a.points)];
      case 'points_added':
        return a.state === 'void' ? [] : [line('adjust', a, a.points)];
      case 'points_removed':
        return a.state === 'void' ? [] : [line('adjust', a, a.points)];
      case 'points_expired':
        return [line('expire', a, a.points)];
      default:
        return [];
    }
  });
}
