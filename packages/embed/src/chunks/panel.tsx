// The panel chunk: the panel (loaded on intent, hover or focus on the
// launcher, or at the latest on first open) and the page embeds that share its
// components and English messages: cart points, checkout redemption, account
// summary, order points, the landing section (loaded when the first of them
// connects). One chunk, because apart they would carry those twice.
import {
  AccountSummary,
  CartPoints,
  CheckoutRedemption,
  LoyaltyLanding,
  Nudge as NudgeView,
  OrderPoints,
  Panel as PanelView,
} from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import { enNudge } from '@loyaltykit/core';
import type { ComponentChildren } from 'preact';
import { cartAttribute, moneyAttribute, reportAttributes } from '../runtime/attributes.ts';
import type { WidgetContents } from '../runtime/LazyWidget.tsx';
import type { ChunkNudge } from '../runtime/nudge.tsx';
import { referralCode } from '../runtime/referral.ts';
import type { HeaderImages } from '../runtime/theme-options.ts';

export { enPanel, enPanel as messages } from '@loyaltykit/core';

/** The launcher's nudge (runtime/nudge.tsx asks for it when one would show), with its English words. */
export const Nudge: ChunkNudge = (props) => {
  useLoyalty().i18n.fill(enNudge);
  return <NudgeView {...props} />;
};

/**
 * The panel, with the header's images (`data-logo-url`, `data-header-image`) and the referral
 * code the shopper arrived by (`?lk_ref=`, on this page or an earlier one).
 */
export function Panel(header: HeaderImages) {
  return <PanelView {...header} referralCode={referralCode()} />;
}

const amount = (name: string) =>
  `a ${name} like "1290.00" with no more decimals than its currency has, a currency code and, if any, lines as JSON [{"productId","quantity","price","collections"}]`;

/** The amount attribute `name` and the optional cart lines, or `null` when either is unreadable. */
function order(element: HTMLElement, name: string, runtime: Parameters<WidgetContents[string]>[1]) {
  const total = moneyAttribute(element, name, runtime);
  const cart = total && cartAttribute(element, total.currency);
  return total && cart !== null ? { total, cart } : null;
}

const embeds: WidgetContents = {
  /** `<loyalty-cart-points subtotal="1290.00" currency="THB" lines='[…]'>` */
  'loyalty-cart-points': (element, runtime) => {
    const read = order(element, 'subtotal', runtime);
    return read ? (
      <CartPoints subtotal={read.total} lines={read.cart?.lines} referralCode={referralCode()} />
    ) : (
      reportAttributes(element, amount('subtotal'))
    );
  },
  /** `<loyalty-checkout-redemption subtotal="1290.00" currency="THB" lines='[…]'>` */
  'loyalty-checkout-redemption': (element, runtime) => {
    const read = order(element, 'subtotal', runtime);
    return read ? (
      <CheckoutRedemption subtotal={read.total} cart={read.cart} />
    ) : (
      reportAttributes(element, amount('subtotal'))
    );
  },
  /** `<loyalty-account-summary>` */
  'loyalty-account-summary': () => <AccountSummary referralCode={referralCode()} />,
  /** `<loyalty-order-points order-total="1290.00" currency="THB" lines='[…]'>` */
  'loyalty-order-points': (element, runtime) => {
    const read = order(element, 'order-total', runtime);
    return read ? (
      <OrderPoints orderTotal={read.total} cart={read.cart} referralCode={referralCode()} />
    ) : (
      reportAttributes(element, amount('order-total'))
    );
  },
  /** `<loyalty-landing>` */
  'loyalty-landing': () => <LoyaltyLanding referralCode={referralCode()} />,
};

/**
 * Keeps an embed at least as tall as the room its placeholder held
 * (widget-table.ts): a loading line, a guest's shorter view or a short answer
 * then fits inside it instead of pulling the shop's page up. The rooms are
 * sized to the regular-size content, so the usual case never moves the page.
 */
function Held({ room, children }: { room: number; children: ComponentChildren }) {
  return <div style={{ minBlockSize: `${room}px` }}>{children}</div>;
}

export const contents: WidgetContents = Object.fromEntries(
  Object.entries(embeds).map(([name, content]) => [
    name,
    (element, runtime, room) => <Held room={room}>{content(element, runtime, room)}</Held>,
  ]),
);
