import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LAZY_WIDGETS } from '../src/shared/widget-table.ts';

const ELEMENTS: Record<keyof typeof LAZY_WIDGETS | 'loyalty-launcher', string> = {
  'loyalty-launcher':
    'The floating button that opens the panel. Mounted by the script itself; place one to control where it sits in the DOM.',
  'loyalty-product-points':
    'Points a product earns: "Earn 120 points with this purchase". Renders nothing for products the programme excludes.',
  'loyalty-cart-points': 'Points the cart earns as it stands.',
  'loyalty-checkout-redemption':
    'Balance, points this order earns, and the rewards the shopper can afford: one click redeems and fires `loyalty:redeem` with the code.',
  'loyalty-account-summary':
    "The shopper's balance, tier and a way into the panel, for account pages.",
  'loyalty-order-points': 'Points an order earned, for order-status pages.',
  'loyalty-landing':
    'The programme explained for a rewards page: ways to earn, rewards, VIP tiers.',
};

const ATTRIBUTES: Record<
  (typeof LAZY_WIDGETS)[keyof typeof LAZY_WIDGETS]['attributes'][number],
  string
> = {
  'product-id': "The product's id in the loyalty backend.",
  price: 'Unit price as a decimal in `currency`: "590.00".',
  currency: "ISO 4217 code; defaults to the script tag's `data-currency`, then the programme's.",
  quantity: 'How many; 1 when absent.',
  collections:
    'Comma-separated collection ids, for collection multipliers and exclusions: "tops,sale".',
  subtotal: 'The cart subtotal as a decimal in `currency`.',
  'order-total': 'The order total as a decimal in `currency`.',
  lines:
    'The cart as JSON, so points follow per-product rules as the order will: `[{"productId":"tee-1","quantity":2,"price":"590.00","collections":["tops"]}]`.',
};

const className = (tag: string) =>
  tag.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** The custom-elements.json schema 1.0.0 for the elements loyaltykit.js defines. */
export function customElementsManifest() {
  const tags = Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[];
  const attributesOf = (tag: keyof typeof ELEMENTS) =>
    tag === 'loyalty-launcher' ? [] : LAZY_WIDGETS[tag].attributes;
  return {
    schemaVersion: '1.0.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: 'loyaltykit.js',
        declarations: tags.map((tag) => ({
          kind: 'class',
          customElement: true,
          name: className(tag),
          tagName: tag,
          description: ELEMENTS[tag],
          superclass: { name: 'HTMLElement' },
          attributes: attributesOf(tag).map((name) => ({
            name,
            type: { text: 'string' },
            description: ATTRIBUTES[name],
          })),
        })),
        exports: tags.map((tag) => ({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className(tag), module: 'loyaltykit.js' },
        })),
      },
    ],
  };
}

/**
 * Ships the script tag's types beside it: dist/loyaltykit.d.ts (src/public-api.ts
 * as it is: declarations only) and dist/custom-elements.json for IDEs, built
 * from the same element table as the bundle so neither can fall behind.
 */
export function shipTypes(): Plugin {
  return {
    name: 'loyaltykit:types',
    apply: 'build',
    closeBundle() {
      const dir = this.environment.config.build.outDir;
      copyFileSync(new URL('../src/public-api.ts', import.meta.url), join(dir, 'loyaltykit.d.ts'));
      writeFileSync(
        join(dir, 'custom-elements.json'),
        `${JSON.stringify(customElementsManifest(), null, 2)}\n`,
      );
    },
  };
}
