import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAZY_WIDGETS } from '../src/shared/widget-table.ts';
import { customElementsManifest } from './types.ts';

describe('custom-elements.json', () => {
  const [module] = customElementsManifest().modules;

  it('lists every element the script defines, with the attributes it observes', () => {
    const tags = module?.declarations.map((d) => d.tagName).sort();
    expect(tags).toEqual([...Object.keys(LAZY_WIDGETS), 'loyalty-launcher'].sort());
    const productPoints = module?.declarations.find((d) => d.tagName === 'loyalty-product-points');
    expect(productPoints?.name).toBe('LoyaltyProductPoints');
    expect(productPoints?.attributes.map((a) => a.name)).toEqual([
      ...LAZY_WIDGETS['loyalty-product-points'].attributes,
    ]);
    for (const declaration of module?.declarations ?? []) {
      expect(declaration.description).not.toBe('');
      for (const attribute of declaration.attributes) expect(attribute.description).toMatch(/\w/);
    }
  });

  it('exports each as a custom-element definition', () => {
    expect(module?.exports).toContainEqual({
      kind: 'custom-element-definition',
      name: 'loyalty-checkout-redemption',
      declaration: { name: 'LoyaltyCheckoutRedemption', module: 'loyaltykit.js' },
    });
  });
});

describe('loyaltykit.d.ts', () => {
  it('holds declarations only, so it stands alone beside the script', () => {
    const source = readFileSync(new URL('../src/public-api.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
    expect(source).not.toMatch(/^export (const|let|function|class|enum|default)\b/m);
  });
});
