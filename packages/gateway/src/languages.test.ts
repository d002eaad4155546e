import type { Customer, Program } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import type { Connector } from './connector.ts';
import { createGateway } from './handler.ts';
import { negotiateLanguage } from './languages.ts';
import { PROGRAM, testPlatform } from './test/connector.ts';
import { signToken } from './tokens.ts';

describe('negotiateLanguage', () => {
  const available = ['en', 'th', 'ko', 'ar'];

  it('takes the most wanted range it has, by q then by order', () => {
    expect(negotiateLanguage('ko', available)).toBe('ko');
    expect(negotiateLanguage('fr, th;q=0.8, ar;q=0.9', available)).toBe('ar');
    expect(negotiateLanguage('th;q=0.5, ko;q=0.5', available)).toBe('th');
    expect(negotiateLanguage('AR', available)).toBe('ar');
  });

  it('matches by language when the tag is not there: ar-EG takes ar, ar takes ar-SA', () => {
    expect(negotiateLanguage('ar-EG, en;q=0.5', available)).toBe('ar');
    expect(negotiateLanguage('th-TH-u-nu-thai', available)).toBe('th');
    expect(negotiateLanguage('ar', ['en', 'ar-SA'])).toBe('ar-SA');
    expect(negotiateLanguage('ar-sa', ['en', 'ar-EG', 'ar-SA'])).toBe('ar-SA');
  });

  it('falls back to the programme’s own language: no header, *, nothing it has, q=0', () => {
    expect(negotiateLanguage(null, available)).toBe('en');
    expect(negotiateLanguage('', ['th', 'en'])).toBe('th');
    expect(negotiateLanguage('*', available)).toBe('en');
    expect(negotiateLanguage('fr-CA, de;q=0.9', available)).toBe('en');
    expect(negotiateLanguage('ar;q=0, ko;q=abc', available)).toBe('en');
  });
});

/** A connector whose programme and codes exist in English and Arabic. */
function bilingual(): Connector & { asked: (string | undefined)[] } {
  const platform = testPlatform();
  const asked: (string | undefined)[] = [];
  const arabic = (program: Program): Program => ({
    ...program,
    name: 'مكافآت التجربة',
    rewards: program.rewards.map((reward) => ({ ...reward, title: 'خصم 5 دولارات' })),
  });
  return {
    ...platform,
    asked,
    locales: ['en', 'ar'],
    program: (locale) => {
      asked.push(locale);
      return locale === 'ar' ? arabic(PROGRAM) : PROGRAM;
    },
    customer: async (id, locale) => {
      asked.push(locale);
      const customer = (await platform.customer(id)) as Customer;
      return { ...customer, firstName: locale === 'ar' ? 'آنا' : 'Ana' };
    },
  };
}

describe('the gateway answers merchant texts in the closest language it has', () => {
  const call = (gateway: ReturnType<typeof createGateway>, path: string, headers = {}) =>
    gateway(
      new Request(`https://loyalty.example${path}`, {
        headers: { 'X-Publishable-Key': 'pk_test', ...headers },
      }),
    );
  const keys = { pk_test: { audience: 'test-shop', signingKeys: [{ secret: 'secret' }] } };

  it('GET /v1/program in Arabic for ar-EG, saying so, and varying on the header', async () => {
    const connector = bilingual();
    const gateway = createGateway({ connector, keys });
    const response = await call(gateway, '/v1/program', { 'Accept-Language': 'ar-EG, en;q=0.5' });
    expect(response.status).toBe(200);
    expect((await response.json()).name).toBe('مكافآت التجربة');
    expect(response.headers.get('Content-Language')).toBe('ar');
    expect(response.headers.get('Vary')).toContain('Accept-Language');
    expect(connector.asked).toEqual(['ar']);
  });

  it('its own language without a header; each language has its own ETag', async () => {
    const gateway = createGateway({ connector: bilingual(), keys });
    const english = await call(gateway, '/v1/program');
    expect(english.headers.get('Content-Language')).toBe('en');
    expect((await english.json()).name).toBe('Test Rewards');
    const etag = english.headers.get('ETag') ?? '';
    // The English version is no answer to a request for Arabic.
    const arabic = await call(gateway, '/v1/program', {
      'Accept-Language': 'ar',
      'If-None-Match': etag,
    });
    expect(arabic.status).toBe(200);
    expect(arabic.headers.get('ETag')).not.toBe(etag);
    const again = await call(gateway, '/v1/program', {
      'Accept-Language': 'ar',
      'If-None-Match': arabic.headers.get('ETag') ?? '',
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('Content-Language')).toBe('ar');
  });

  it('GET /v1/me hands the language to the connector and names it', async () => {
    const connector = bilingual();
    const gateway = createGateway({ connector, keys, now: () => Date.UTC(2026, 4, 10) });
    const token = await signToken(
      { sub: 'cus_1', aud: 'test-shop', exp: Date.UTC(2026, 4, 10) / 1000 + 300 },
      'secret',
    );
    const response = await call(gateway, '/v1/me', {
      'Accept-Language': 'ar',
      Authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).firstName).toBe('آنا');
    expect(response.headers.get('Content-Language')).toBe('ar');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(connector.asked).toEqual(['ar']);
  });

  it('a one-language connector is asked for no language and names none', async () => {
    const platform = testPlatform();
    const gateway = createGateway({ connector: platform, keys });
    const response = await call(gateway, '/v1/program', { 'Accept-Language': 'ar' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Language')).toBeNull();
    expect(response.headers.get('Vary')).not.toContain('Accept-Language');
  });

  it('GET /v1/bootstrap: programme and customer in the language asked, with its own ETag', async () => {
    const connector = bilingual();
    const gateway = createGateway({ connector, keys, now: () => Date.UTC(2026, 4, 10) });
    const token = await signToken(
      { sub: 'cus_1', aud: 'test-shop', exp: Date.UTC(2026, 4, 10) / 1000 + 300 },
      'secret',
    );
    const ask = (language: string) =>
      call(gateway, '/v1/bootstrap', {
        'Accept-Language': language,
        Authorization: `Bearer ${token}`,
      });
    const arabic = await ask('ar');
    const body = await arabic.json();
    expect([body.program.name, body.customer.firstName]).toEqual(['مكافآت التجربة', 'آنا']);
    expect(arabic.headers.get('Content-Language')).toBe('ar');
    expect(arabic.headers.get('Vary')).toContain('Accept-Language');
    const english = await (await ask('en')).json();
    expect(english.programEtag).not.toBe(body.programEtag);
  });
});
