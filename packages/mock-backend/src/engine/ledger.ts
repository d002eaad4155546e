import type { Balance, LedgerKind } from '@loyaltykit/core';
import type { EngineContext } from './context.ts';
import { DAY, iso } from './time.ts';
import type { LedgerRecord, Member } from './types.ts';

/** Appends a ledger line. Positive earn and refund lines become spendable lots. */
export function record(
  context: EngineContext,
  member: Member,
  at: number,
  line: { kind: LedgerKind; points: number; description: string; pendingDays?: number },
): LedgerRecord {
  const expireDays = context.seed.pointsExpireAfterDays;
  const isLot = (line.kind === 'earn' || line.kind === 'refund') && line.points > 0;
  const entry: LedgerRecord = {
    id: context.ids.id('led'),
    seq: member.ledger.length,
    kind: line.kind,
    points: line.points,
    description: line.description,
    createdAt: iso(at),
    ...(line.pendingDays && { pendingUntil: iso(at + line.pendingDays * DAY) }),
    ...(isLot && { remaining: line.points }),
    ...(isLot && expireDays !== undefined && { expiresAt: iso(at + expireDays * DAY) }),
  };
  member.ledger.push(entry);
  return entry;
}

const isPending = (entry: LedgerRecord, at: number) =>
  entry.pendingUntil !== undefined && Date.parse(entry.pendingUntil) > at;

/** Spendable lots, the ones expiring first at the front (then the oldest). */
function spendableLots(member: Member, at: number): LedgerRecord[] {
  return member.ledger
    .filter((entry) => (entry.remaining ?? 0) > 0 && !isPending(entry, at))
    .sort(
      (a, b) =>
        (a.expiresAt ? Date.parse(a.expiresAt) : Number.POSITIVE_INFINITY) -
          (b.expiresAt ? Date.parse(b.expiresAt) : Number.POSITIVE_INFINITY) || a.seq - b.seq,
    );
}

/** Takes `points` from the lots that expire first, so a shopper never loses points they could have spent. */
export function spend(member: Member, at: number, points: number): void {
  let left = points;
  for (const lot of spendableLots(member, at)) {
    const taken = Math.min(left, lot.remaining ?? 0);
    lot.remaining = (lot.remaining ?? 0) - taken;
    left -= taken;
    if (left === 0) return;
  }
  // Callers check the balance first; reaching here is an engine bug, not a shopper error.
  if (left > 0) throw new Error(`Ledger of ${member.id} is short of ${left} points`);
}

/** Writes an `expire` line for every lot whose date has passed. Returns whether anything expired. */
export function expireLots(context: EngineContext, member: Member, at: number): boolean {
  let changed = false;
  const due = member.ledger
    .filter((lot) => lot.expiresAt && lot.remaining && Date.parse(lot.expiresAt) <= at)
    .sort((a, b) => Date.parse(a.expiresAt ?? '') - Date.parse(b.expiresAt ?? ''));
  for (const lot of due) {
    const points = lot.remaining ?? 0;
    lot.remaining = 0;
    record(context, member, Date.parse(lot.expiresAt ?? ''), {
      kind: 'expire',
      points: -points,
      description: context.seed.labels.expire,
    });
    changed = true;
  }
  return changed;
}

/** The balance the ledger adds up to at `at`. */
export function balanceOf(member: Member, at: number): Balance {
  let available = 0;
  let pending = 0;
  let lifetime = 0;
  let nextExpiry: number | undefined;
  let expiringPoints = 0;
  for (const entry of member.ledger) {
    if (entry.kind === 'earn') lifetime += entry.points;
    const remaining = entry.remaining ?? 0;
    if (remaining === 0) continue;
    if (isPending(entry, at)) pending += remaining;
    else available += remaining;
    if (!entry.expiresAt) continue;
    const expiresAt = Date.parse(entry.expiresAt);
    if (nextExpiry === undefined || expiresAt < nextExpiry) {
      nextExpiry = expiresAt;
      expiringPoints = remaining;
    } else if (expiresAt === nextExpiry) {
      expiringPoints += remaining;
    }
  }
  return {
    available,
    pending,
    lifetime,
    ...(nextExpiry !== undefined && { expiring: { points: expiringPoints, at: iso(nextExpiry) } }),
  };
}
