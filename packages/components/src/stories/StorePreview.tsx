import { CheckoutRedemption } from '../CheckoutRedemption/index.ts';
import { ProductPoints } from '../ProductPoints/index.ts';
import { SEED_CHECKOUT, SEED_PRODUCT } from '../stories/storePage.ts';
import * as css from './ThemeReport.css.ts';

/**
 * The theme builder's store page (Storybook only): the page widgets as a
 * merchant places them, on a product page and at checkout, in the same shadow
 * root and theme as the launcher and panel beside them. The cards stand for
 * the merchant's own markup (English, isolated left to right in an Arabic
 * preview); the widgets inside are the real ones.
 */
export function StorePreview() {
  return (
    <div class={css.store}>
      <section class={css.storeCard} aria-labelledby="lk-builder-product">
        <p class={css.caption} lang="en">
          <bdi>Product page · &lt;loyalty-product-points&gt;</bdi>
        </p>
        <h2 class={css.storeHeading} id="lk-builder-product" lang="en">
          <bdi>Linen shirt · $59.00</bdi>
        </h2>
        <ProductPoints {...SEED_PRODUCT} />
      </section>
      <section class={css.storeCard} aria-labelledby="lk-builder-checkout">
        <p class={css.caption} lang="en">
          <bdi>Checkout · &lt;loyalty-checkout-redemption&gt;</bdi>
        </p>
        <h2 class={css.storeHeading} id="lk-builder-checkout" lang="en">
          <bdi>Checkout · subtotal $59.00</bdi>
        </h2>
        <CheckoutRedemption {...SEED_CHECKOUT} />
      </section>
    </div>
  );
}
