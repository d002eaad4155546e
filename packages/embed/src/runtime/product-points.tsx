// What a <loyalty-product-points> shows. In the runtime chunk, not a chunk of
// its own: product cards are on most of a shop's pages, and a second request
// before they can paint would cost more than its bytes on the pages without.
import { ProductPoints } from '@loyaltykit/components';
import { MAX_QUANTITY, moneyAttribute, quantityOf, reportAttributes } from './attributes.ts';
import type { WidgetContents } from './LazyWidget.tsx';
import { referralCode } from './referral.ts';

export const contents: WidgetContents = {
  /**
   * `<loyalty-product-points product-id="tee-1" price="590.00" currency="THB" quantity="2" collections="tops,sale">`
   */
  'loyalty-product-points': (element, runtime) => {
    const productId = element.getAttribute('product-id');
    const price = moneyAttribute(element, 'price', runtime);
    const quantity = quantityOf(element.getAttribute('quantity') ?? '1');
    if (!productId || !price || !quantity) {
      return runtime.currency()
        ? reportAttributes(
            element,
            `product-id, a price like "590.00" with no more decimals than its currency has, a currency code and a whole quantity from 1 to ${MAX_QUANTITY}`,
          )
        : null;
    }
    return (
      <ProductPoints
        productId={productId}
        price={price}
        quantity={quantity}
        collectionIds={element
          .getAttribute('collections')
          ?.split(',')
          .map((id) => id.trim())}
        referralCode={referralCode()}
      />
    );
  },
};
