// What a store page gives the page widgets in stories: the seed store's linen
// shirt on a product page and a cart of one at checkout (packages/mock-backend
// seeds/us-store.ts). One place, so the widget stories, the theme builder and
// the state stories show the same numbers.
import type { CheckoutRedemptionProps } from '../CheckoutRedemption/index.ts';
import type { ProductPointsProps } from '../ProductPoints/index.ts';

/** A $59.00 linen shirt: 295 points, 368 for a Silver member (1.25×). */
export const SEED_PRODUCT = {
  productId: 'linen-shirt',
  price: { amountMinor: 5900, currency: 'USD' },
} satisfies ProductPointsProps;

/** A $59.00 cart: meets the free-shipping minimum ($25). */
export const SEED_CHECKOUT = {
  subtotal: { amountMinor: 5900, currency: 'USD' },
} satisfies CheckoutRedemptionProps;
