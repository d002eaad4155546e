import type { Redemption } from './types.ts';

/**
 * What widgets tell the page. The script tag turns these into `loyalty:*` DOM
 * events on `document`; Preact apps receive them through `onEvent`.
 */
export type LoyaltyEvent =
  /** The shopper asked to apply a code to their cart (or the checkout widget issued one). */
  | { type: 'redeem'; redemption: Redemption }
  | { type: 'redemption-cancelled'; redemption: Redemption };
