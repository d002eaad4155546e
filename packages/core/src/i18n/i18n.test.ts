import { describe, expect, it } from 'vitest';
import {
  createI18n,
  createTranslator,
  enEntry,
  enPanel,
  LOCALES,
  matchLocale,
  th,
} from '../index.ts';

describe('createI18n: plural forms', () => {
  it('English picks one/other by count', () => {
    const { t } = createI18n('en');
    expect(t('points', { count: 1 })).toBe('1 point');
    expect(t('points', { count: 0 })).toBe('0 points');
    expect(t('points', { count: 2 })).toBe('2 points');
    expect(t('panel.toGo', { count: 1 })).toBe('1 more point to go');
    expect(t('panel.toGo', { count: 250 })).toBe('250 more points to go');
  });

  it('Thai and Korean have a single form for every count', () => {
    const th = createI18n('th');
    expect(th.t('points', { count: 1 })).toBe('1 คะแนน');
    expect(th.t('points', { count: 1200 })).toBe('1,200 คะแนน');
    const ko = createI18n('ko');
    expect(ko.t('points', { count: 1 })).toBe('1포인트');
    expect(ko.t('points', { count: 5000 })).toBe('5,000포인트');
  });

  it('Arabic uses zero, one, two, few, many and other', () => {
    const { t, formatNumber } = createI18n('ar');
    // Counts are isolated inside the Arabic sentence (see the bidi tests below).
    const n = (value: number) => `\u2068${formatNumber(value)}\u2069`;
    expect(t('points', { count: 0 })).toBe(`${n(0)} نقطة`);
    expect(t('points', { count: 1 })).toBe('نقطة واحدة');
    expect(t('points', { count: 2 })).toBe('نقطتان');
    expect(t('points', { count: 3 })).toBe(`${n(3)} نقاط`);
    expect(t('points', { count: 10 })).toBe(`${n(10)} نقاط`);
    expect(t('points', { count: 11 })).toBe(`${n(11)} نقطة`);
    expect(t('points', { count: 100 })).toBe(`${n(100)} نقطة`);
  });

  it('falls back to the other form when a catalog lacks the selected category', () => {
    // ar 'panel.toGo' has no zero/many form.
    const { t, formatNumber } = createI18n('ar');
    // Counts are isolated inside the Arabic sentence (see the bidi tests below).
    const n = (value: number) => `\u2068${formatNumber(value)}\u2069`;
    expect(t('panel.toGo', { count: 0 })).toBe(`تبقّت ${n(0)} نقطة`);
    expect(t('panel.toGo', { count: 50 })).toBe(`تبقّت ${n(50)} نقطة`);
    expect(t('panel.toGo', { count: 2 })).toBe('تبقّت نقطتان');
  });
});

describe('createI18n: numbers and placeholders', () => {
  it('formats numbers with each locale’s grouping', () => {
    expect(createI18n('en').formatNumber(1234567)).toBe('1,234,567');
    expect(createI18n('th').formatNumber(1250)).toBe('1,250');
    expect(createI18n('ar').formatNumber(1250)).toBe(new Intl.NumberFormat('ar').format(1250));
    expect(createI18n('en').t('points', { count: 12500 })).toBe('12,500 points');
  });

  it('fills named placeholders with strings as given', () => {
    expect(createI18n('en').t('panel.greeting', { name: 'Maya' })).toBe('Hi Maya');
    expect(createI18n('ko').t('panel.greeting', { name: 'Maya' })).toBe('Maya님, 안녕하세요');
    expect(createI18n('en').t('guest.title', { program: 'Harbor Rewards' })).toBe(
      'Join Harbor Rewards',
    );
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createI18n('en').t('panel.greeting')).toBe('Hi {name}');
  });

  it('does not treat a filled value as a template', () => {
    expect(createI18n('en').t('panel.greeting', { name: '{program}' })).toBe('Hi {program}');
  });
});

describe('matchLocale and direction', () => {
  it('matches region and case variants to a supported locale', () => {
    expect(matchLocale('th-TH')).toBe('th');
    expect(matchLocale('AR')).toBe('ar');
    expect(matchLocale('ko_KR')).toBe('ko');
    expect(matchLocale('en-US')).toBe('en');
  });

  it('returns undefined for unsupported languages', () => {
    expect(matchLocale('fr')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
    expect(matchLocale('english')).toBeUndefined();
  });

  it('is right-to-left only for Arabic', () => {
    for (const locale of LOCALES) {
      const i18n = createI18n(locale);
      expect(i18n.locale).toBe(locale);
      expect(i18n.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    }
  });
});

describe('createTranslator with a partial catalog', () => {
  it('shows a missing key as itself until fill() brings its messages', () => {
    const i18n = createTranslator('en', enEntry);
    expect(i18n.t('launcher.label')).toBe('Rewards');
    expect(i18n.t('panel.close')).toBe('panel.close');
    i18n.fill(enPanel);
    expect(i18n.t('panel.close')).toBe('Close');
  });

  it('never overwrites a translation with fill()', () => {
    const i18n = createTranslator('th', th);
    i18n.fill(enPanel);
    expect(i18n.t('panel.close')).toBe('ปิด');
  });

  it('keeps the caller’s catalog object untouched', () => {
    const messages = { ...enEntry };
    createTranslator('en', messages).fill(enPanel);
    expect(Object.keys(messages)).toEqual(Object.keys(enEntry));
  });
});

describe('English numbers without Intl (the script tag boots faster)', () => {
  const { formatNumber, t } = createTranslator('en', enEntry);
  it('groups whole numbers exactly as Intl does, in en and en-US', () => {
    const american = createTranslator('en-US', enEntry);
    expect(american.tag).toBe('en-US');
    for (const value of [0, 7, 999, 1000, 1250, 12345, 1234567, -4500, 9007199254740991]) {
      expect(formatNumber(value)).toBe(new Intl.NumberFormat('en').format(value));
      expect(american.formatNumber(value)).toBe(new Intl.NumberFormat('en-US').format(value));
    }
  });
  it('leaves fractions to Intl', () => {
    expect(formatNumber(1.25)).toBe('1.25');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });
  it('formats counts in messages the same way', () => {
    expect(t('points', { count: 1 })).toBe('1 point');
    expect(t('points', { count: 12500 })).toBe('12,500 points');
  });
});

describe('bidi: interpolated values are isolated where they could reorder the sentence', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('in Arabic, every value: numbers, money, names and nested messages', () => {
    const { t } = createI18n('ar');
    expect(t('points', { count: 5 })).toBe(`${FSI}5${PDI} نقاط`);
    expect(t('panel.greeting', { name: 'Maya' })).toBe(`مرحبًا ${FSI}Maya${PDI}`);
    expect(t('earn.rate', { points: t('points', { count: 5 }), amount: '$1.00' })).toBe(
      `${FSI}${FSI}5${PDI} نقاط${PDI} لكل ${FSI}$1.00${PDI}`,
    );
  });

  it('in left-to-right locales, only values that hold right-to-left text', () => {
    const en = createI18n('en');
    expect(en.t('panel.greeting', { name: 'Maya' })).toBe('Hi Maya');
    expect(en.t('points', { count: 5 })).toBe('5 points');
    expect(en.t('guest.title', { program: 'مكافآت واحة العود' })).toBe(
      `Join ${FSI}مكافآت واحة العود${PDI}`,
    );
    expect(createI18n('th').t('redeem.success', { reward: 'شحن 2' })).toBe(
      `โค้ดสำหรับ ${FSI}شحن 2${PDI}`,
    );
  });
});

describe('digits: Latin for ar, the tag’s own for ar-EG and -u-nu-', () => {
  it('writes plain ar with Latin digits, whatever the engine’s default', () => {
    const ar = createI18n('ar');
    expect(ar.tag).toBe('ar-u-nu-latn');
    expect(ar.formatNumber(1250)).toBe('1,250');
    expect(ar.t('points', { count: 1250 })).toBe('\u20681,250\u2069 نقطة');
  });

  it('writes Arabic-Indic digits for a region that uses them, or when the tag asks', () => {
    expect(createI18n('ar-EG').formatNumber(1250)).toBe('١٬٢٥٠');
    expect(createI18n('ar-u-nu-arab').formatNumber(1250)).toBe('١٬٢٥٠');
    expect(createI18n('ar-EG').t('points', { count: 3 })).toBe('\u2068٣\u2069 نقاط');
    // …and Latin again where the tag says so, even for a region whose default is Arabic-Indic.
    expect(createI18n('ar-SA-u-nu-latn').formatNumber(1250)).toBe('1,250');
  });

  it('keeps the catalog and direction of the language, whatever the region', () => {
    const eg = createI18n('ar-EG');
    expect([eg.locale, eg.dir, eg.tag]).toEqual(['ar', 'rtl', 'ar-EG']);
    expect(eg.t('panel.close')).toBe('إغلاق');
  });

  it('formats as the bare language when Intl cannot read the tag, and English for other languages', () => {
    const ko = createTranslator('ko_KR', {});
    expect([ko.locale, ko.tag]).toEqual(['ko', 'ko']);
    const fr = createI18n('fr-FR');
    expect([fr.locale, fr.tag, fr.t('panel.close')]).toEqual(['en', 'en', 'Close']);
  });

  it('lets other locales’ tags choose too (Thai digits)', () => {
    expect(createI18n('th-TH-u-nu-thai').formatNumber(1250)).toBe('๑,๒๕๐');
    expect(createI18n('th').formatNumber(1250)).toBe('1,250');
  });
});

describe('the Arabic digits choice holds for any spelling of plain ar', () => {
  it.each(['ar', 'AR', 'Ar', 'ar_'])('%s', (tag) => {
    expect(createTranslator(tag, {}).formatNumber(1250)).toBe('1,250');
  });
});
