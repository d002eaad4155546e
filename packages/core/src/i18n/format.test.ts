import { describe, expect, it, vi } from 'vitest';
import { minorUnitDigits } from '../rules/money.ts';
import { englishDay } from './english.ts';
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

// English is written without Intl (english.ts); it must write what Intl writes.
describe('plain English without Intl', () => {
  const amounts = [
    0, 1, 5, 99, 100, 505, 12_345, 99_999_999, 123_456_789_012, -1, -500, -1_234_567,
  ];

  it.each(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'KRW', 'INR'])(
    'writes %s money as Intl does, in en and en-US',
    (currency) => {
      const digits = minorUnitDigits(currency);
      for (const tag of ['en', 'en-US']) {
        const intl = new Intl.NumberFormat(tag, { style: 'currency', currency });
        for (const amountMinor of amounts) {
          expect(formatMoney(tag, { amountMinor, currency })).toBe(
            intl.format(amountMinor / 10 ** digits),
          );
        }
      }
    },
  );

  it('leaves other currencies and English elsewhere to Intl', () => {
    expect(formatMoney('en', { amountMinor: 59000, currency: 'THB' })).toBe(
      new Intl.NumberFormat('en', { style: 'currency', currency: 'THB' }).format(590),
    );
    expect(formatMoney('en-GB', { amountMinor: 500, currency: 'USD' })).toBe('US$5.00');
  });

  it.each([
    'UTC',
    'America/Los_Angeles',
    'Asia/Bangkok',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ])('writes dates as Intl does, in the time zone %s', (zone) => {
    // Node reads TZ afresh for Date and for Intl formatters made after the change.
    vi.stubEnv('TZ', zone);
    try {
      // Every 7 days and 5 hours for 200 years: every month, weekday and hour of day, DST edges.
      for (const tag of ['en', 'en-US']) {
        const intl = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
        const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long' });
        const monthDay = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric' });
        for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2100, 0, 1); time += 623_000_000) {
          expect(formatDate(tag, new Date(time).toISOString())).toBe(intl.format(time));
          expect(englishDay(time, 'weekday')).toBe(weekday.format(time));
          expect(englishDay(time, 'monthDay')).toBe(monthDay.format(time));
        }
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('leaves years outside 1000–9999 to Intl', () => {
    expect(formatDate('en', '0999-06-01T12:00:00Z')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
        Date.parse('0999-06-01T12:00:00Z'),
      ),
    );
    expect(formatDate('en-GB', '2026-11-28T12:00:00Z')).toBe('28 Nov 2026');
  });
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
