import type {
  Balance,
  LedgerEntry,
  LedgerKind,
  Money,
  Program,
  Redemption,
  TierStatus,
  Timestamp,
} from '@loyaltykit/core';
import { fromVoucherifyAmount } from './money.ts';
import type {
  VoucherifyMember,
  VoucherifyPendingPoints,
  VoucherifyRedemption,
  VoucherifyTier,
  VoucherifyTransaction,
} from './wire.ts';

/**
 * A Voucherify date without a time (`2023-05-30`) as our timestamp: midnight
 * UTC at its start, the earliest moment it can mean, so points are never
 * shown as expiring later than they do.
 */
export const startOfDay = (date: string): Timestamp =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00.000Z` : date;

const count = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;

/**
 * The loyalty card's points as our balance at `now`. A next expiration date
 * already past is not an upcoming expiry (Voucherify has expired those points
 * or is about to), so it is left out.
 */
export function mapBalance(member: VoucherifyMember, now: number): Balance {
  const card = member.loyalty_card;
  const expiringPoints = count(card?.next_expiration_points);
  const expiresAt = card?.next_expiration_date && startOfDay(card.next_expiration_date);
  return {
    available: count(card?.balance),
    pending: count(card?.pending_points),
    // "Total number of points added to the loyalty card over its lifespan."
    lifetime: count(card?.points),
    ...(expiresAt &&
      expiringPoints > 0 &&
      Date.parse(expiresAt) > now && { expiring: { points: expiringPoints, at: expiresAt } }),
  };
}

/**
 * Where the member stands: the tier Voucherify says they hold (it decides,
 * by balance or by points in a period as the campaign is set up), progress to
 * the next tier's lower bound measured in `qualifying` points, and the tier's
 * expiration date as the period end.
 */
export function mapTierStatus(
  program: Pick<Program, 'tiers'>,
  held: VoucherifyTier | undefined,
  qualifying: number,
): TierStatus | undefined {
  const { tiers } = program;
  if (tiers.length === 0) return undefined;
  const index = held ? tiers.findIndex((tier) => tier.id === held.id) : -1;
  const current = tiers[index];
  const next = tiers[index + 1];
  const periodEnd = held?.expiration?.expiration_date;
  const period = periodEnd ? { periodEnd: startOfDay(periodEnd) } : {};
  if (!next) return { ...(current && { currentTierId: current.id }), progress: 1, ...period };
  const from = current?.threshold ?? 0;
  const span = next.threshold - from;
  return {
    ...(current && { currentTierId: current.id }),
    nextTierId: next.id,
    progress: span > 0 ? Math.min(1, Math.max(0, (qualifying - from) / span)) : 1,
    toNext: Math.max(0, next.threshold - qualifying),
    ...period,
  };
}

/** What the issued code is worth, from the voucher Voucherify issued (or the gift credits added). */
function worth(
  redemption: VoucherifyRedemption,
  currency: string,
): { value?: Money; percent?: number } {
  const reward = redemption.reward;
  const discount = reward?.voucher?.discount;
  if (discount?.type === 'AMOUNT' && typeof discount.amount_off === 'number')
    return { value: fromVoucherifyAmount(discount.amount_off, currency) };
  if (discount?.type === 'PERCENT' && typeof discount.percent_off === 'number')
    return { percent: discount.percent_off };
  const credits = reward?.parameters?.campaign?.balance;
  if (reward?.parameters?.campaign?.type === 'GIFT_VOUCHERS' && typeof credits === 'number')
    return { value: fromVoucherifyAmount(credits, currency) };
  return {};
}

/**
 * A reward redemption of the member's card as our redemption. The code is
 * the voucher the reward issued (a discount coupon, the gift card credited);
 * a material reward issues none, so its code is the redemption id, which the
 * shop looks up in Voucherify. A rolled-back redemption is `cancelled`.
 */
export function mapRedemption(
  redemption: VoucherifyRedemption,
  program: Pick<Program, 'rewards' | 'currency'>,
): Redemption {
  const rewardId = redemption.reward?.id ?? '';
  const reward = program.rewards.find((candidate) => candidate.id === rewardId);
  const expiresAt = redemption.reward?.voucher?.expiration_date;
  return {
    id: redemption.id,
    rewardId,
    rewardTitle: reward?.title ?? redemption.reward?.name ?? rewardId,
    rewardKind: reward?.kind ?? 'custom',
    pointsSpent: count(redemption.loyalty_card?.points ?? redemption.amount),
    code: redemption.reward?.voucher?.code ?? redemption.id,
    status: redemption.status === 'ROLLED_BACK' ? 'cancelled' : 'issued',
    ...worth(redemption, program.currency),
    createdAt: redemption.date,
    ...(expiresAt && { expiresAt }),
  };
}

/** Voucherify's transaction types as ledger kinds; a type not listed is left out. */
const KINDS: Record<string, LedgerKind> = {
  POINTS_ACCRUAL: 'earn',
  POINTS_REDEMPTION: 'redeem',
  POINTS_REFUND: 'refund',
  POINTS_ADDITION: 'adjust',
  POINTS_REMOVAL: 'adjust',
  POINTS_TRANSFER_IN: 'adjust',
  POINTS_TRANSFER_OUT: 'adjust',
  POINTS_EXPIRATION: 'expire',
};

/** A card transaction as a ledger line, described by what caused it. */
export function mapTransaction(transaction: VoucherifyTransaction): LedgerEntry | undefined {
  const kind = KINDS[transaction.type];
  if (!kind) return undefined;
  const details = transaction.details;
  const description =
    details?.reward?.name ??
    details?.earning_rule?.source?.banner ??
    transaction.reason ??
    transaction.type;
  return {
    id: transaction.id,
    kind,
    points: count(details?.balance?.points),
    description,
    createdAt: transaction.created_at,
  };
}

/** Points waiting to activate, as an earned line with the date they become spendable. */
export function mapPendingPoints(pending: VoucherifyPendingPoints): LedgerEntry {
  return {
    id: pending.id,
    kind: 'earn',
    points: count(pending.points),
    description: pending.details?.earning_rule?.source?.banner ?? 'Pending points',
    createdAt: pending.created_at,
    pendingUntil: startOfDay(pending.activates_at),
  };
}
