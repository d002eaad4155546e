import { describe, expect, it } from 'vitest';
import { readThemeOptions } from '../runtime/theme-options.ts';
import { readConfig } from './config.ts';

const base = { apiUrl: 'https://loyalty.example.com', publishableKey: 'pk_live_1' };

/** Every problem the merchant sees: the entry's, then the backend chunk's for what it handed over. */
function problemsOf(...sources: Record<string, unknown>[]): string[] {
  const { config, problems } = readConfig(...sources);
  return [...problems, ...readThemeOptions(config.deferred).problems];
}

describe('readConfig', () => {
  it('reads dataset-style camelCase keys', () => {
    const { config, problems } = readConfig({
      apiUrl: 'https://loyalty.example.com',
      publishableKey: 'pk_live_1',
      customerToken: 'eyJ.a.b',
      locale: 'ko',
      brandColor: '#0e7490',
      launcherPosition: 'bottom-left',
      launcherStyle: 'icon',
      launcherOffsetX: '32',
      launcherOffsetY: '96',
      elevation: 'flat',
      shape: 'pill',
      size: 'large',
      scheme: 'dark',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      apiUrl: 'https://loyalty.example.com/',
      publishableKey: 'pk_live_1',
      customerToken: 'eyJ.a.b',
      locale: 'ko',
      localeTag: 'ko',
      // Passed on as given: the backend chunk validates them with the theme resolver.
      deferred: {
        brandColor: '#0e7490',
        launcherPosition: 'bottom-left',
        launcherStyle: 'icon',
        launcherOffsetX: '32',
        launcherOffsetY: '96',
        elevation: 'flat',
        shape: 'pill',
        size: 'large',
        scheme: 'dark',
      },
    });
  });

  it('accepts "demo" as the API URL', () => {
    const { config, problems } = readConfig({ apiUrl: 'demo' });
    expect(problems).toEqual([]);
    expect(config.apiUrl).toBe('demo');
  });

  it('names a platform the widgets call directly, which needs no API URL', () => {
    const { config, problems } = readConfig({ backend: 'loyaltylion', siteId: '12345' });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ backend: 'loyaltylion', deferred: { siteId: '12345' } });
    // Another name is no backend: without an API URL nothing loads, and the merchant is told why.
    expect(problemsOf({ backend: 'smile' })).toEqual([
      'data-api-url must be "demo" or an absolute http(s) URL.',
      'data-backend="smile" is invalid: expected loyaltylion.',
    ]);
  });

  it('lets a later source win', () => {
    const { config, problems } = readConfig(
      { ...base, locale: 'th', brandColor: '#111111' },
      { locale: 'ar', brandColor: '#222222' },
    );
    expect(problems).toEqual([]);
    expect(config.locale).toBe('ar');
    expect(config.deferred.brandColor).toBe('#222222');
    expect(config.apiUrl).toBe('https://loyalty.example.com/');
  });

  it('passes options it does not know on to the backend chunk, which reports them as unknown', () => {
    const { config, problems } = readConfig({ ...base, brandColour: '#ff0000', toString: 'x' });
    expect(problems).toEqual([]);
    expect(config.deferred).toEqual({ brandColour: '#ff0000', toString: 'x' });
    expect(problemsOf({ ...base, brandColour: '#ff0000', toString: 'x' })).toEqual([
      'Unknown option data-brand-colour was ignored.',
      'Unknown option data-to-string was ignored.',
    ]);
  });

  it('reports an unsupported locale and falls back to English', () => {
    const { config } = readConfig({ ...base, locale: 'fr' });
    expect(problemsOf({ ...base, locale: 'fr' })).toEqual([
      'data-locale="fr" is invalid: expected one of en, th, ko, ar.',
    ]);
    expect(config.locale).toBe('en');
  });

  it('maps a regional locale tag to the supported language', () => {
    expect(readConfig({ ...base, locale: 'th-TH' }).config.locale).toBe('th');
    expect(readConfig({ ...base, locale: 'AR' }).config.locale).toBe('ar');
  });

  it('keeps the whole tag, for digits and the backend’s language', () => {
    const tagOf = (...sources: Record<string, unknown>[]) =>
      readConfig(...sources).config.localeTag;
    expect(tagOf({ ...base, locale: 'ar-EG' })).toBe('ar-EG');
    expect(tagOf({ ...base, locale: 'th-TH-u-nu-thai' })).toBe('th-TH-u-nu-thai');
    expect(tagOf({ ...base, locale: 'fr' })).toBe('en');
    expect(tagOf(base)).toBe('en');
  });

  it('requires an API URL', () => {
    const { config, problems } = readConfig({ publishableKey: 'pk_live_1' });
    expect(config.apiUrl).toBeUndefined();
    expect(problems).toEqual(['data-api-url must be "demo" or an absolute http(s) URL.']);
  });

  it('refuses an API URL that is not http(s), naming it', () => {
    const { config, problems } = readConfig({ apiUrl: 'javascript:alert(1)' });
    expect(config.apiUrl).toBeUndefined();
    expect(problems).toEqual([
      'data-api-url="javascript:alert(1)" must be "demo" or an absolute http(s) URL.',
    ]);
  });

  it('treats an empty publishable key as invalid', () => {
    const { config } = readConfig({ ...base, publishableKey: '   ' });
    expect(config.publishableKey).toBeUndefined();
    expect(problemsOf({ ...base, publishableKey: '   ' })).toEqual([
      'data-publishable-key="   " is invalid: expected a non-empty string.',
    ]);
  });

  it('treats an empty attribute as unset, without a warning (guest templates render data-customer-token="")', () => {
    const { config, problems } = readConfig({ ...base, customerToken: '' });
    expect(config.customerToken).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reports a key once across sources, and not at all when a later source fixes it', () => {
    expect(problemsOf({ locale: 'fr' }, { ...base, locale: 'fr' })).toHaveLength(1);
    expect(problemsOf({ locale: 'fr' }, { ...base, locale: 'th' })).toEqual([]);
    expect(problemsOf({ colour: 'red' }, { ...base, colour: 'blue' })).toEqual([
      'Unknown option data-colour was ignored.',
    ]);
  });

  it('never throws, even on hostile values', () => {
    const hostile = {
      apiUrl: { toString: () => 'https://x.example' },
      locale: Symbol('x'),
      brandColor: null,
      shape: 42,
    } as Record<string, unknown>;
    expect(() => problemsOf(hostile)).not.toThrow();
  });

  it('reads a default currency for embeds, upper-cased, and refuses what is not a code', () => {
    expect(readConfig({ ...base, currency: 'thb' }).config.currency).toBe('THB');
    const { config } = readConfig({ ...base, currency: 'baht' });
    expect(config.currency).toBeUndefined();
    expect(problemsOf({ ...base, currency: 'baht' })).toEqual([
      'data-currency="baht" is invalid: expected an ISO 4217 code such as THB.',
    ]);
  });

  it('reads what it can of a config whose getters throw, and says so once', () => {
    const config = {
      ...base,
      get locale(): string {
        throw new Error('getter');
      },
      shape: 'pill',
    };
    const read = readConfig(config);
    expect(read.config).toMatchObject({ apiUrl: 'https://loyalty.example.com/', locale: 'en' });
    expect(read.config.deferred).toEqual({ shape: 'pill' });
    expect(read.problems).toEqual([
      'window.LoyaltyKitConfig could not be read in full: defaults apply.',
    ]);
  });

  it('takes a config Proxy whose ownKeys trap throws as no config, and reads the tag', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );
    const { config, problems } = readConfig(trap, { apiUrl: 'demo', locale: 'th' });
    expect(config).toMatchObject({ apiUrl: 'demo', locale: 'th' });
    expect(problems).toEqual([
      'window.LoyaltyKitConfig could not be read in full: defaults apply.',
    ]);
  });

  it('names values whose toString throws by their type in reports', () => {
    const throwing = {
      toString() {
        throw new Error('toString');
      },
    };
    expect(readConfig({ apiUrl: throwing }).problems).toEqual([
      'data-api-url="(object)" must be "demo" or an absolute http(s) URL.',
    ]);
    expect(problemsOf({ ...base, shape: throwing })).toEqual([
      'data-shape="(object)" is invalid: expected one of square, rounded, pill.',
    ]);
  });

  it('keeps an earlier source’s value when a later one is empty', () => {
    expect(readConfig({ ...base, locale: 'th' }, { locale: '' }).config.locale).toBe('th');
  });
});

describe('the locale, unconfigured', () => {
  const withPageLang = (lang: string, run: () => void) => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'document');
    Object.defineProperty(globalThis, 'document', {
      value: { documentElement: { lang } },
      configurable: true,
    });
    try {
      run();
    } finally {
      if (had) Object.defineProperty(globalThis, 'document', had);
      else delete (globalThis as { document?: unknown }).document;
    }
  };

  it('follows the page’s language, its closest supported locale, else English', () => {
    const cases: [lang: string, locale: string][] = [
      ['ar', 'ar'],
      ['ar-EG', 'ar'],
      ['th-TH', 'th'],
      ['ko', 'ko'],
      ['fr-CA', 'en'],
      ['', 'en'],
    ];
    for (const [lang, locale] of cases) {
      withPageLang(lang, () => expect(readConfig(base).config.locale, lang).toBe(locale));
    }
    withPageLang('ar-EG', () => expect(readConfig(base).config.localeTag).toBe('ar-EG'));
    withPageLang('fr-CA', () => expect(readConfig(base).config.localeTag).toBe('en'));
  });

  it('a configured locale wins over the page’s, and an unsupported page language is not reported', () => {
    withPageLang('ar', () => {
      expect(readConfig(base, { locale: 'ko' }).config.locale).toBe('ko');
      expect(problemsOf(base)).toEqual([]);
    });
    withPageLang('fr', () => expect(problemsOf(base)).toEqual([]));
  });
});
