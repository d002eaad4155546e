import type { Program } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import { createDemo } from '../demo.ts';
import { SEEDS, usStore } from '../seeds/index.ts';
import { NOW, testApi } from '../test/api.ts';
import { createEngine } from './engine.ts';

/** Every merchant text of a programme, by where it is. */
function texts(program: Program): Record<string, string | undefined> {
  return Object.fromEntries([
    ['name', program.name],
    ...program.earningRules.flatMap((r) => [
      [`rule ${r.id} title`, r.title],
      [`rule ${r.id} description`, r.description],
    ]),
    ...program.rewards.flatMap((r) => [
      [`reward ${r.id} title`, r.title],
      [`reward ${r.id} description`, r.description],
    ]),
    ...program.tiers.flatMap((t) => [
      [`tier ${t.id} name`, t.name],
      [`tier ${t.id} perks`, t.perks.join(' | ')],
    ]),
    ...program.bonusEvents.map((b) => [`bonus ${b.id} title`, b.title]),
  ]);
}

describe('the US store in the demo store’s languages', () => {
  const engine = createEngine(usStore, { now: () => NOW });
  const english = engine.program();

  it('exists in en, th, ko and ar, English first', () => {
    expect(engine.locales()).toEqual(['en', 'th', 'ko', 'ar']);
  });

  it.each(['th', 'ko', 'ar'])(
    'has every text in %s but the brand name, and the same rules and prices',
    (locale) => {
      const translated = engine.program(locale);
      const before = texts(english);
      const after = texts(translated);
      for (const [where, text] of Object.entries(before)) {
        if (where === 'name' || text === undefined) expect(after[where], where).toBe(text);
        else expect(after[where], where).not.toBe(text);
      }
      // Only words change: strip them and the programmes are the same.
      const withoutTexts = (program: Program) =>
        JSON.stringify(program, (key, value) =>
          ['title', 'description', 'name', 'perks'].includes(key) ? undefined : value,
        );
      expect(withoutTexts(translated)).toBe(withoutTexts(english));
    },
  );

  it('translates nothing that is not in the programme (a stale id would stay English)', () => {
    const ids = new Set([
      ...english.earningRules.map((r) => r.id),
      ...english.rewards.map((r) => r.id),
      ...english.tiers.map((t) => t.id),
      ...english.bonusEvents.map((b) => b.id),
    ]);
    for (const translation of Object.values(usStore.translations ?? {})) {
      for (const group of [
        translation.earningRules,
        translation.rewards,
        translation.tiers,
        translation.bonusEvents,
      ])
        for (const id of Object.keys(group ?? {})) expect(ids, id).toContain(id);
    }
  });

  it('gives the reward titles of a member’s codes in the language asked', () => {
    const maya = engine.personas.member;
    expect(engine.customer(maya)?.redemptions[0]?.rewardTitle).toBe('$5 off your order');
    expect(engine.customer(maya, 'ko')?.redemptions[0]?.rewardTitle).toBe('주문 금액 $5 할인');
  });

  it('answers a language it lacks, and no language, in English', () => {
    expect(engine.program('fr')).toEqual(english);
    expect(engine.program(undefined)).toEqual(english);
  });

  it('every market seed names its language', () => {
    expect(Object.entries(SEEDS).map(([locale, seed]) => [locale, seed.locale])).toEqual([
      ['en', 'en'],
      ['th', 'th'],
      ['ko', 'ko'],
      ['ar', 'ar'],
    ]);
  });
});

describe('over the Storefront API', () => {
  it('answers Accept-Language with the closest translation and Content-Language', async () => {
    const api = testApi();
    const response = await api.call('GET', '/v1/program', {
      headers: { 'Accept-Language': 'ar-EG, en;q=0.5' },
    });
    expect(response.headers.get('Content-Language')).toBe('ar');
    expect(response.headers.get('Vary')).toContain('Accept-Language');
    const program = (await response.json()) as Program;
    expect(program.rewards.find((r) => r.id === 'rw_ship')?.title).toBe('شحن مجاني');
    const me = await api.call('GET', '/v1/me', {
      token: true,
      headers: { 'Accept-Language': 'th' },
    });
    expect(me.headers.get('Content-Language')).toBe('th');
  });

  it('the in-page demo answers the same way', async () => {
    const demo = createDemo(usStore, { now: () => NOW });
    const response = await demo.fetch(`${demo.apiUrl}/v1/program`, {
      headers: { 'X-Publishable-Key': demo.publishableKey, 'Accept-Language': 'th' },
    });
    const program = (await response.json()) as Program;
    expect(program.earningRules[0]?.description).toBe('รับ 5 คะแนนทุกการใช้จ่าย $1');
  });
});
