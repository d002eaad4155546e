import { type EarningRule, tierStatus } from '@loyaltykit/core';
import type { EngineContext } from './context.ts';
import { balanceOf } from './ledger.ts';
import { periodStart } from './time.ts';
import type { Member } from './types.ts';

/** The member's current tier id, from lifetime points. */
export function currentTierId(context: EngineContext, member: Member, at: number) {
  return tierStatus(context.program, balanceOf(member, at).lifetime)?.currentTierId;
}

/** Uses of a rule in its limit's current period (all uses when it has no limit). */
export function usesInPeriod(rule: EarningRule, member: Member, at: number): number {
  const from = rule.limit ? periodStart(rule.limit.per, at) : Number.NEGATIVE_INFINITY;
  return member.ruleUses.filter((use) => use.ruleId === rule.id && Date.parse(use.at) >= from)
    .length;
}

/** Whether the rule's limit still allows a use now. */
export const withinLimit = (rule: EarningRule, member: Member, at: number): boolean =>
  !rule.limit || usesInPeriod(rule, member, at) < rule.limit.count;

/** Whether the member's tier may earn with the rule. */
export const tierAllows = (
  context: EngineContext,
  rule: EarningRule,
  member: Member,
  at: number,
): boolean => !rule.tierIds || rule.tierIds.includes(currentTierId(context, member, at) ?? '');
