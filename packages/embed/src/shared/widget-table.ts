import type { ChunkName } from './chunk-names.ts';

/** Marks the placeholder holding a shell's room until the runtime paints it. */
export const ROOM_ATTRIBUTE = 'data-lk-room';

/**
 * The inline embeds: element name → the chunk its content comes in (none: the
 * runtime chunk itself), observed attributes, and the room (px) its shell
 * holds until then: the height
 * of its content at the regular size for a member in English on a desktop
 * (measured on the demo store). The panel chunk's embeds keep at least that
 * room afterwards, so a shorter view never pulls the page up.
 */
export const LAZY_WIDGETS = {
  'loyalty-product-points': {
    attributes: ['product-id', 'price', 'currency', 'quantity', 'collections'],
    room: 44,
  },
  'loyalty-cart-points': {
    chunk: 'panel',
    attributes: ['subtotal', 'currency', 'lines'],
    room: 96,
  },
  'loyalty-checkout-redemption': {
    chunk: 'panel',
    attributes: ['subtotal', 'currency', 'lines'],
    room: 240,
  },
  'loyalty-account-summary': { chunk: 'panel', attributes: [], room: 160 },
  'loyalty-order-points': {
    chunk: 'panel',
    attributes: ['order-total', 'currency', 'lines'],
    room: 212,
  },
  'loyalty-landing': { chunk: 'panel', attributes: [], room: 400 },
} as const satisfies Record<
  string,
  { chunk?: ChunkName; attributes: readonly string[]; room: number }
>;
