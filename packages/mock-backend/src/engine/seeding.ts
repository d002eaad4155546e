import type { EngineContext } from './context.ts';
import { awardSignup, claimAction, placeOrder, settle } from './earning.ts';
import { cancelRedemption, redeem, useRedemption } from './redemptions.ts';
import { DAY } from './time.ts';
import type { Member, SeedEvent, SeedMember } from './types.ts';

/** A member on the day they join: no points yet, a referral code of their own. */
export function newMember(
  context: EngineContext,
  seed: Pick<SeedMember, 'id' | 'firstName' | 'referredBy'>,
): Member {
  // Latin names make readable codes (MAYA-7KQ2); other scripts use the store's prefix.
  const name = (seed.firstName ?? '').toUpperCase().replace(/[^A-Z]/g, '');
  const code = `${name || context.seed.codePrefix}-${context.ids.code('').slice(-4)}`;
  return {
    id: seed.id,
    ...(seed.firstName !== undefined && { firstName: seed.firstName }),
    referralCode: code,
    ...(seed.referredBy !== undefined && { referredBy: seed.referredBy }),
    ordersPlaced: 0,
    tiersEntered: [],
    referral: { invited: 0, converted: 0, pointsEarned: 0 },
    ledger: [],
    redemptions: [],
    ruleUses: [],
  };
}

/** Adds a member and pays the signup rule; a referrer's invite count goes up. */
export function join(context: EngineContext, member: Member, at: number): void {
  context.state.members[member.id] = member;
  const referrer = member.referredBy ? context.state.members[member.referredBy] : undefined;
  if (referrer) referrer.referral.invited += 1;
  awardSignup(context, member, at);
}

function replay(context: EngineContext, member: Member, at: number, event: SeedEvent): void {
  settle(context, member, at);
  if ('order' in event) placeOrder(context, member, at, event.order);
  else if ('claim' in event) claimAction(context, member, at, event.claim);
  else {
    const { id } = redeem(context, member, at, { rewardId: event.redeem, points: event.points });
    if (event.status === 'used') useRedemption(member, at, id);
    if (event.status === 'cancelled') cancelRedemption(context, member, at, id);
  }
}

/**
 * Builds the members by replaying every seed event through the engine's own
 * operations at its time, all members interleaved in time order, so balances,
 * tiers, expiries and referral stats are exactly what the engine would have
 * produced.
 */
export function seedMembers(context: EngineContext, now: number): void {
  const steps = context.seed.members.flatMap((seed) => [
    {
      daysAgo: seed.joinedDaysAgo,
      run: (at: number) => join(context, newMember(context, seed), at),
    },
    ...seed.history.map((event) => ({
      daysAgo: event.daysAgo,
      run: (at: number) => {
        const member = context.state.members[seed.id];
        if (!member) throw new Error(`Seed event for ${seed.id} before they joined`);
        replay(context, member, at, event);
      },
    })),
  ]);
  // Stable: same-day steps keep the order the seed lists them in.
  steps.sort((a, b) => b.daysAgo - a.daysAgo);
  for (const step of steps) step.run(now - step.daysAgo * DAY);
  for (const member of Object.values(context.state.members)) settle(context, member, now);
}
