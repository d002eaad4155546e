import type { ThemeTokens } from '@loyaltykit/theme';
import { CartPoints } from '../CartPoints/index.ts';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { LoyaltyScope } from '../LoyaltyProvider/index.ts';
import { ProductPoints } from '../ProductPoints/index.ts';
import { ShadowHost } from '../stories/ShadowHost.tsx';
import { SEED_CHECKOUT } from '../stories/storePage.ts';
import * as css from './ThemeReport.css.ts';

/**
 * The host page backgrounds the builder shows inline embeds on (Bootstrap
 * 5.3's light and dark body colours), with a caption colour that reads on each.
 */
export const HOST_BACKGROUNDS = [
  { scheme: 'light', color: '#f8f9fa', caption: '#212529' },
  { scheme: 'dark', color: '#212529', caption: '#f8f9fa' },
] as const;

/** The seed store's jacket, in outerwear during the double-points week: the bonus badge shows. */
const BONUS_PRODUCT = {
  productId: 'storm-jacket',
  price: { amountMinor: 18900, currency: 'USD' },
  collectionIds: ['outerwear'],
};

/**
 * Product points and cart points on a light and a dark host page (Storybook
 * only): each in a shadow root of its own whose theme is derived, as on a
 * storefront, for the background found behind it.
 */
export function HostPreview({ tokens }: { tokens: Partial<ThemeTokens> }) {
  const { model, i18n } = useLoyalty();
  return (
    <div class={css.hosts}>
      {HOST_BACKGROUNDS.map(({ scheme, color, caption }) => (
        <section
          key={scheme}
          class={css.host}
          style={{ background: color }}
          aria-label={`Inline embeds on a ${scheme} host page`}
        >
          <p class={css.hostCaption} style={{ color: caption }} dir="ltr" lang="en">
            On a {scheme} host page · {color}
          </p>
          <ShadowHost theme={tokens} inline>
            <LoyaltyScope model={model} i18n={i18n}>
              <ProductPoints {...BONUS_PRODUCT} />
              <CartPoints subtotal={SEED_CHECKOUT.subtotal} />
            </LoyaltyScope>
          </ShadowHost>
        </section>
      ))}
    </div>
  );
}
