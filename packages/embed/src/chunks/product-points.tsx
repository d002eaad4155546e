// The product points chunk: what a <loyalty-product-points> shows, with the
// points rules it needs. Loaded once, when the first such element connects,
// in parallel with the backend chunk; the entry shows a placeholder meanwhile.
import { ProductPoints } from '@loyaltykit/components';
import { referralCode } from '../referral.ts';
import type { WidgetContents } from '../widgets.tsx';
import { MAX_QUANTITY, moneyAttribute, quantityOf, reportAttributes } from './attributes.ts';

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
