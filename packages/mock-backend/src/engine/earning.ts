import {
  type Cart,
  cartSubtotal,
  type EarningRule,
  LoyaltyError,
  pointsForCart,
} from '@loyaltykit/core';
import { InvalidRequest } from '@loyaltykit/gateway';
import { type EngineContext, fill } from './context.ts';
import { balanceOf, expireLots, record } from './ledger.ts';
import { currentTierId, tierAllows, withinLimit } from './rules.ts';
import { iso } from './time.ts';
import type { LedgerRecord, Member } from './types.ts';

interface Award {
  points: number;
  description: string;
  ruleId?: string;
  /** Order points wait for the return window; action points are spendable at once. */
  pending?: boolean;
}

/**
 * Records earned points, then pays the entry points of every tier the new
 * lifetime total reaches for the first time (which may reach the next one).
 */
export function award(
  context: EngineContext,
  member: Member,
  at: number,
  { points, description, ruleId, pending }: Award,
): LedgerRecord {
  const pendingDays = pending ? context.program.pendingDays : undefined;
  const entry = record(context, member, at, { kind: 'earn', points, description, pendingDays });
  if (ruleId) member.ruleUses.push({ ruleId, at: iso(at) });
  enterTiers(context, member, at);
  return entry;
}

function enterTiers(context: EngineContext, member: Member, at: number): void {
  const tiers = [...context.program.tiers].sort((a, b) => a.threshold - b.threshold);
  for (const tier of tiers) {
    if (member.tiersEntered.includes(tier.id)) continue;
    // Re-read each time: the previous tier's entry points count towards this one.
    if (balanceOf(member, at).lifetime < tier.threshold) return;
    member.tiersEntered.push(tier.id);
    if (tier.entryPoints) {
      record(context, member, at, {
        kind: 'earn',
        points: tier.entryPoints,
        description: fill(context.seed.labels.tierEntry, { tier: tier.name }),
      });
    }
  }
}

const ruleOfKind = (context: EngineContext, kind: EarningRule['kind']) =>
  context.program.earningRules.find((rule) => rule.kind === kind);

/** Pays the signup rule to a new member. */
export function awardSignup(context: EngineContext, member: Member, at: number): void {
  const rule = ruleOfKind(context, 'signup');
  if (rule && 'points' in rule) {
    award(context, member, at, { points: rule.points, description: rule.title, ruleId: rule.id });
  }
}

/**
 * Pays the birthday rule once per limit period (a year unless the rule says
 * otherwise) as soon as the engine clock is in the member's birthday month.
 */
function awardBirthday(context: EngineContext, member: Member, at: number): boolean {
  const rule = ruleOfKind(context, 'birthday');
  if (!rule || !('points' in rule) || !member.birthday) return false;
  if (new Date(at).getUTCMonth() + 1 !== member.birthday.month) return false;
  const yearly = { ...rule, limit: rule.limit ?? { count: 1, per: 'year' as const } };
  if (!withinLimit(yearly, member, at) || !tierAllows(context, rule, member, at)) return false;
  award(context, member, at, { points: rule.points, description: rule.title, ruleId: rule.id });
  return true;
}

/**
 * Brings a member up to date with the clock: expired points and a birthday
 * that has come round. Run before anything reads or changes the member.
 */
export function settle(context: EngineContext, member: Member, at: number): void {
  expireLots(context, member, at);
  awardBirthday(context, member, at);
}

/** What an order earned. */
export interface OrderResult {
  points: number;
  /** The ledger line, absent when the cart earned nothing. */
  entry?: LedgerRecord;
}

/**
 * Awards an order: exactly `pointsForCart` at the member's tier and the live
 * bonus events (what product pages promised), pending for the programme's
 * return window. A referred member's first order pays their referrer.
 */
export function placeOrder(
  context: EngineContext,
  member: Member,
  at: number,
  cart: Cart,
): OrderResult {
  const { points } = pointsForCart(context.program, cart, {
    tierId: currentTierId(context, member, at),
    now: at,
  });
  context.state.counter += 1;
  const description = fill(context.seed.labels.order, {
    number: `#${1000 + context.state.counter}`,
  });
  const entry =
    points > 0 ? award(context, member, at, { points, description, pending: true }) : undefined;
  member.ordersPlaced += 1;
  if (member.ordersPlaced === 1) payReferrer(context, member, at, cart);
  return { points, ...(entry && { entry }) };
}

function payReferrer(context: EngineContext, friend: Member, at: number, cart: Cart): void {
  const offer = context.program.referral;
  const referrer = friend.referredBy ? context.state.members[friend.referredBy] : undefined;
  if (!offer || !referrer) return;
  const subtotal = cartSubtotal(cart);
  if (
    offer.minimumOrder &&
    (subtotal.currency !== offer.minimumOrder.currency ||
      subtotal.amountMinor < offer.minimumOrder.amountMinor)
  ) {
    return;
  }
  settle(context, referrer, at);
  award(context, referrer, at, {
    points: offer.referrerPoints,
    description: fill(context.seed.labels.referral, { name: friend.firstName ?? '' }).trim(),
    ruleId: ruleOfKind(context, 'referral')?.id,
    pending: true,
  });
  referrer.referral.converted += 1;
  referrer.referral.pointsEarned += offer.referrerPoints;
}

const CLAIMABLE: ReadonlySet<EarningRule['kind']> = new Set([
  'social_follow',
  'social_share',
  'review',
  'custom',
]);

/** Pays an action rule the shopper says they completed (follow, share, review). */
export function claimAction(
  context: EngineContext,
  member: Member,
  at: number,
  ruleId: string,
): LedgerRecord {
  const rule = context.program.earningRules.find((r) => r.id === ruleId);
  if (!rule || !CLAIMABLE.has(rule.kind) || !('points' in rule)) {
    throw new LoyaltyError('not_found', `No action rule ${ruleId}.`, { status: 404 });
  }
  if (!tierAllows(context, rule, member, at)) {
    throw new LoyaltyError('tier_required', `${rule.title} is for other tiers.`, { status: 422 });
  }
  if (!withinLimit(rule, member, at)) {
    throw new LoyaltyError('action_limit_reached', `${rule.title} was already claimed.`, {
      status: 422,
    });
  }
  return award(context, member, at, { points: rule.points, description: rule.title, ruleId });
}

const daysInMonth = (month: number) => new Date(Date.UTC(2024, month, 0)).getUTCDate();

/** Records the birthday, once; the birthday rule pays in that month. */
export function setBirthday(
  context: EngineContext,
  member: Member,
  at: number,
  birthday: { month: number; day: number },
): void {
  if (member.birthday) {
    throw new LoyaltyError('birthday_already_set', 'The birthday is already set.', {
      status: 409,
    });
  }
  const { month, day } = birthday;
  const badMonth = !Number.isInteger(month) || month < 1 || month > 12;
  // 2024 is a leap year: 29 February is a birthday.
  if (badMonth || !Number.isInteger(day) || day < 1 || day > daysInMonth(month)) {
    throw new InvalidRequest(
      [{ pointer: badMonth ? '/month' : '/day', detail: `${month}/${day} is not a date.` }],
      422,
    );
  }
  member.birthday = { month, day };
  settle(context, member, at);
}
