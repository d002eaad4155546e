import type { BonusEvent, Cart, CartLine, Money, OrderRule, Program, Timestamp } from '../types.ts';

/** Who is buying and when: the tier multiplier and bonus events depend on both. */
export interface EarnContext {
  /** The member's current tier; absent for guests (they are shown what they would earn). */
  tierId?: string;
  /** The moment that decides which bonus events are live (ms since the epoch, or a timestamp). */
  now: number | Timestamp;
}

/** A product as a product page knows it. */
export interface ProductInput {
  productId: string;
  /** Price of one unit. */
  price: Money;
  quantity?: number;
  collectionIds?: string[];
}

/** Points for one line, and why. */
export interface LinePoints {
  productId: string;
  points: number;
  /** Product × tier × bonus multiplier applied to the base rate. */
  multiplier: number;
  /** The bonus event that raised the points, if any (the highest live one applies). */
  bonusEvent?: BonusEvent;
  /** Why the line earns nothing, when it does not. */
  excluded?: 'excluded_product' | 'no_order_rule';
}

export interface CartPoints {
  points: number;
  lines: LinePoints[];
}

// Multipliers are decimals on the wire (1.25); points are computed on integers
// scaled by this factor, in BigInt, so no float rounding ever changes a total.
const SCALE = 1000n;
const scaled = (multiplier: number) => BigInt(Math.round(multiplier * Number(SCALE)));

const intersects = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  Boolean(a && b && a.some((x) => b.includes(x)));

const at = (now: EarnContext['now']) => (typeof now === 'number' ? now : Date.parse(now));

/**
 * The order rule for a currency that the member's tier may earn with. A rate
 * that earns per zero or less of a currency (a backend's slip) is no rate:
 * it would divide by zero.
 */
function orderRule(program: Program, currency: string, tierId: string | undefined) {
  return program.earningRules.find(
    (rule): rule is OrderRule =>
      rule.kind === 'order' &&
      rule.rate.per.currency === currency &&
      rule.rate.per.amountMinor > 0 &&
      rule.rate.points >= 0 &&
      (!rule.tierIds || (tierId !== undefined && rule.tierIds.includes(tierId))),
  );
}

/** The highest bonus event live at `now` that applies to this line and tier. */
export function activeBonusEvent(
  program: Program,
  line: Pick<CartLine, 'collectionIds'>,
  context: EarnContext,
): BonusEvent | undefined {
  const now = at(context.now);
  let best: BonusEvent | undefined;
  for (const event of program.bonusEvents) {
    const live = Date.parse(event.startsAt) <= now && now < Date.parse(event.endsAt);
    const applies =
      event.scope === 'all' ||
      (event.scope === 'collections' && intersects(event.collectionIds, line.collectionIds)) ||
      (event.scope === 'tiers' &&
        context.tierId !== undefined &&
        intersects(event.tierIds, [context.tierId]));
    if (live && applies && (!best || event.multiplier > best.multiplier)) best = event;
  }
  return best;
}

/**
 * Points one cart line earns: line price at the order rule's rate, times the
 * highest matching product multiplier, the member's tier multiplier and the
 * highest live bonus event, rounded down once. The mock engine awards orders
 * with this same function, so a product page promises what the order earns.
 */
export function pointsForLine(program: Program, line: CartLine, context: EarnContext): LinePoints {
  const rule = orderRule(program, line.unitPrice.currency, context.tierId);
  if (!rule)
    return { productId: line.productId, points: 0, multiplier: 0, excluded: 'no_order_rule' };
  if (
    rule.excludedProductIds?.includes(line.productId) ||
    intersects(rule.excludedCollectionIds, line.collectionIds)
  ) {
    return { productId: line.productId, points: 0, multiplier: 0, excluded: 'excluded_product' };
  }

  const productMultiplier = Math.max(
    1,
    ...(rule.multipliers ?? [])
      .filter(
        (m) =>
          m.productIds?.includes(line.productId) || intersects(m.collectionIds, line.collectionIds),
      )
      .map((m) => m.multiplier),
  );
  const tierMultiplier = program.tiers.find((tier) => tier.id === context.tierId)?.multiplier ?? 1;
  const bonusEvent = activeBonusEvent(program, line, context);
  const bonusMultiplier = bonusEvent?.multiplier ?? 1;

  const numerator =
    BigInt(line.unitPrice.amountMinor) *
    BigInt(line.quantity) *
    BigInt(rule.rate.points) *
    scaled(productMultiplier) *
    scaled(tierMultiplier) *
    scaled(bonusMultiplier);
  const denominator = BigInt(rule.rate.per.amountMinor) * SCALE * SCALE * SCALE;
  return {
    productId: line.productId,
    points: Number(numerator / denominator),
    multiplier: productMultiplier * tierMultiplier * bonusMultiplier,
    ...(bonusEvent && { bonusEvent }),
  };
}

/** Points for a product page: one line of `quantity` (default 1). */
export function pointsForProduct(
  program: Program,
  product: ProductInput,
  context: EarnContext,
): LinePoints {
  return pointsForLine(
    program,
    {
      productId: product.productId,
      quantity: product.quantity ?? 1,
      unitPrice: product.price,
      collectionIds: product.collectionIds,
    },
    context,
  );
}

/** Points a whole cart earns: the sum of its lines, each rounded down on its own. */
export function pointsForCart(program: Program, cart: Cart, context: EarnContext): CartPoints {
  const lines = cart.lines.map((line) => pointsForLine(program, line, context));
  return { points: lines.reduce((sum, line) => sum + line.points, 0), lines };
}
