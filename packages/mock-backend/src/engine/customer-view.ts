import { type Customer, type LedgerEntry, type RuleUsage, tierStatus } from '@loyaltykit/core';
import type { EngineContext } from './context.ts';
import { balanceOf } from './ledger.ts';
import { openRedemptions } from './redemptions.ts';
import { usesInPeriod } from './rules.ts';
import type { LedgerRecord, Member } from './types.ts';

/** Per rule: uses in the rule's current limit period (so "done" badges reset when the limit does). */
function ruleUsage(context: EngineContext, member: Member, at: number): RuleUsage[] {
  const usage: RuleUsage[] = [];
  for (const rule of context.program.earningRules) {
    const uses = member.ruleUses.filter((use) => use.ruleId === rule.id);
    const last = uses.at(-1);
    if (last)
      usage.push({ ruleId: rule.id, count: usesInPeriod(rule, member, at), lastAt: last.at });
  }
  return usage;
}

/** The member as `GET /v1/me` returns them. */
export function toCustomer(context: EngineContext, member: Member, at: number): Customer {
  const balance = balanceOf(member, at);
  const tier = tierStatus(context.program, balance.lifetime);
  const { invited, converted, pointsEarned } = member.referral;
  return {
    id: member.id,
    ...(member.firstName !== undefined && { firstName: member.firstName }),
    ...(member.birthday && { birthday: { ...member.birthday } }),
    balance,
    ...(tier && { tier }),
    referral: {
      code: member.referralCode,
      url: `${context.seed.referralUrl}${member.referralCode}`,
      invited,
      converted,
      pointsEarned,
    },
    redemptions: structuredClone(openRedemptions(member, at)),
    ruleUsage: ruleUsage(context, member, at),
  };
}

/** A ledger line as the wire shows it: `pendingUntil` only while the points are still pending. */
export function toEntry(record: LedgerRecord, at: number): LedgerEntry {
  const { id, kind, points, description, createdAt, pendingUntil } = record;
  return {
    id,
    kind,
    points,
    description,
    createdAt,
    ...(pendingUntil && Date.parse(pendingUntil) > at && { pendingUntil }),
  };
}
