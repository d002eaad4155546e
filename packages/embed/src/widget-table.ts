import type { ChunkName } from './chunk-names.ts';

/**
 * Embeds whose content arrives in a chunk: element name → chunk, observed
 * attributes, and the room (px) its placeholder holds until then.
 */
export const LAZY_WIDGETS = {
  'loyalty-product-points': {
    chunk: 'product-points',
    attributes: ['product-id', 'price', 'currency', 'quantity', 'collections'],
    room: 44,
  },
  'loyalty-cart-points': {
    chunk: 'panel',
    attributes: ['subtotal', 'currency', 'lines'],
    room: 44,
  },
  'loyalty-checkout-redemption': {
    chunk: 'panel',
    attributes: ['subtotal', 'currency', 'lines'],
    room: 160,
  },
  'loyalty-account-summary': { chunk: 'panel', attributes: [], room: 160 },
  'loyalty-order-points': {
    chunk: 'panel',
    attributes: ['order-total', 'currency', 'lines'],
    room: 88,
  },
  'loyalty-landing': { chunk: 'panel', attributes: [], room: 400 },
} as const satisfies Record<
  string,
  { chunk: ChunkName; attributes: readonly string[]; room: number }
>;
