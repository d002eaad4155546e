// The product points chunk: what a <loyalty-product-points> shows, with the
// points rules it needs. Loaded once, when the first such element connects,
// in parallel with the backend chunk; the entry shows a placeholder meanwhile.
import { ProductPoints } from '@loyaltykit/components';
import { parseMoney } from '@loyaltykit/core';
import type { WidgetContent } from '../widgets.tsx';

/**
 * `<loyalty-product-points product-id="tee-1" price="590.00" currency="THB" quantity="2" collections="tops,sale">`
 * as the ProductPoints component. Attributes a shop cannot get right are
 * reported on the console and the element shows nothing.
 */
export const content: WidgetContent = (element, runtime) => {
  const attribute = (name: string) => element.getAttribute(name) ?? undefined;
  const productId = attribute('product-id');
  const currency = attribute('currency') ?? runtime.currency();
  const price = currency && parseMoney(attribute('price') ?? '', currency.toUpperCase());
  const quantity = Number(attribute('quantity') ?? 1);
  if (!productId || !price || !Number.isSafeInteger(quantity) || quantity < 1) {
    // No currency yet (neither attribute nor data-currency) waits for the programme's.
    if (currency) {
      console.warn(
        '[LoyaltyKit] <loyalty-product-points> needs product-id, a price like "590.00", a currency code and a whole quantity:',
        element,
      );
    }
    return null;
  }
  return (
    <ProductPoints
      productId={productId}
      price={price}
      quantity={quantity}
      collectionIds={attribute('collections')
        ?.split(',')
        .map((id) => id.trim())}
    />
  );
};
