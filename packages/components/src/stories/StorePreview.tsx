// Storybook only: the page widgets as a merchant places them, for the theme
// builder and the state stories.
import type { ThemeTokens } from '@loyaltykit/theme';
import type { ComponentChildren } from 'preact';
import { CheckoutRedemption } from '../CheckoutRedemption/index.ts';
import { ProductPoints } from '../ProductPoints/index.ts';
import * as css from './StorePreview.css.ts';
import { SEED_CHECKOUT, SEED_PRODUCT } from './storePage.ts';

/** Room the open panel takes at its corner: its width and a margin, plus the launcher's offset. */
const PANEL_ROOM = 380 + 48;

/**
 * The page widgets on a product page and at checkout, in the same shadow root
 * and theme as the launcher and panel beside them. The cards stand for the
 * merchant's own markup (English, isolated left to right in an Arabic
 * preview); the widgets inside are the real ones.
 */
export function StorePreview() {
  return (
    <div class={css.store}>
      <section class={css.card} aria-labelledby="lk-store-product">
        <p class={css.caption} lang="en">
          <bdi>Product page · &lt;loyalty-product-points&gt;</bdi>
        </p>
        <h2 class={css.heading} id="lk-store-product" lang="en">
          <bdi>Linen shirt · $59.00</bdi>
        </h2>
        <ProductPoints {...SEED_PRODUCT} />
      </section>
      <section class={css.card} aria-labelledby="lk-store-checkout">
        <p class={css.caption} lang="en">
          <bdi>Checkout · &lt;loyalty-checkout-redemption&gt;</bdi>
        </p>
        <h2 class={css.heading} id="lk-store-checkout" lang="en">
          <bdi>Checkout · subtotal $59.00</bdi>
        </h2>
        <CheckoutRedemption {...SEED_CHECKOUT} />
      </section>
    </div>
  );
}

/**
 * The store preview and `children` beside it, away from the launcher's corner
 * and clear of the panel that opens there.
 */
export function StorePage({
  corner = 'bottom-right',
  offset = 20,
  children,
}: {
  corner?: ThemeTokens['launcherPosition'];
  /** The launcher's offset from the side, px. */
  offset?: number;
  children?: ComponentChildren;
}) {
  return (
    <div
      class={css.page}
      data-corner={corner}
      style={{ inlineSize: `calc(100vw - ${PANEL_ROOM + offset}px)` }}
    >
      <StorePreview />
      {children}
    </div>
  );
}
