import {
  type CartLine,
  type Customer,
  type Money,
  type Program,
  pointsForCart,
  pointsForLine,
} from '@loyaltykit/core';

/**
 * Points an order earns the shopper, by the rule the backend awards with: per
 * line when the lines are known (exclusions and product multipliers apply),
 * otherwise on the total as one line. Guests get what a member of no tier
 * would earn.
 */
export function orderPoints(
  program: Program,
  customer: Customer | null | undefined,
  total: Money,
  lines?: CartLine[],
): number {
  const context = { tierId: customer?.tier?.currentTierId, now: Date.now() };
  return lines?.length
    ? pointsForCart(program, { currency: total.currency, lines }, context).points
    : pointsForLine(program, { productId: '', quantity: 1, unitPrice: total }, context).points;
}
