import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format.ts';

describe('formatMoney', () => {
  it('formats minor units in each currency’s precision and the shopper’s locale', () => {
    expect(formatMoney('en', { amountMinor: 500, currency: 'USD' })).toBe('$5.00');
    expect(formatMoney('en', { amountMinor: 12000, currency: 'KRW' })).toBe('₩12,000');
    expect(formatMoney('ko', { amountMinor: 12000, currency: 'KRW' })).toBe('₩12,000');
    expect(formatMoney('th', { amountMinor: 59000, currency: 'THB' })).toBe('฿590.00');
    // three decimals; Intl separates the code with a no-break space
    expect(formatMoney('en', { amountMinor: 1234, currency: 'BHD' })).toMatch(/^BHD\s1\.234$/);
  });

  it('writes Arabic amounts in Arabic', () => {
    expect(formatMoney('ar', { amountMinor: 500, currency: 'SAR' })).toMatch(/ر\.س/);
  });
});

describe('formatDate', () => {
  it('writes dates per locale, Thai in the Buddhist era', () => {
    expect(formatDate('en', '2026-11-28T12:00:00Z')).toBe('Nov 28, 2026');
    expect(formatDate('th', '2026-11-28T12:00:00Z')).toContain('2569');
    expect(formatDate('ko', '2026-11-28T12:00:00Z')).toBe('2026. 11. 28.');
  });

  it.each(['2026-13-45Tnope', '', '+275761-01-01T00:00:00Z', undefined as unknown as string])(
    'renders %j, which is no date, as nothing instead of throwing',
    (value) => {
      for (const locale of ['en', 'th', 'ko', 'ar'] as const) {
        expect(formatDate(locale, value)).toBe('');
      }
    },
  );
});

describe('formatMoney in right-to-left formats', () => {
  it('isolates a Latin currency code left to right, so US$ never reads $US', () => {
    expect(formatMoney('ar-u-nu-latn', { amountMinor: 100, currency: 'USD' })).toBe(
      '\u200f1.00\u00a0\u2066US$\u2069',
    );
  });

  it('leaves Arabic symbols and left-to-right formats alone', () => {
    expect(formatMoney('ar-u-nu-latn', { amountMinor: 2000, currency: 'SAR' })).toBe(
      '\u200f20.00\u00a0ر.س.\u200f',
    );
    expect(formatMoney('en', { amountMinor: 100, currency: 'USD' })).toBe('$1.00');
  });

  it('writes the digits the tag asks for', () => {
    expect(formatMoney('ar-EG', { amountMinor: 100, currency: 'USD' })).toBe(
      '\u200f١٫٠٠\u00a0\u2066US$\u2069',
    );
  });
});
