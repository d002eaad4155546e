import { can } from '@loyaltykit/core';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { activity, customer, program, redemption } from './testing/fixtures.ts';
import { rejection, testBackend, useServer } from './testing/server.ts';

// Issue 12, items 5 and 6: one value the client cannot read costs that value
// (or the item holding it), never the whole response; only a response whose
// core is unusable fails.

const server = useServer();
const member = () => testBackend({ customerToken: 'tok_maya' }).backend;
const answer = (path: string, body: unknown) =>
  server.use(http.get(`*${path}`, () => HttpResponse.json(body as object)));

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** The one warning logged, as text. */
function theWarning(): string {
  expect(warn).toHaveBeenCalledTimes(1);
  return warn.mock.calls[0]?.flat().join('\n') ?? '';
}

const donation = { id: 'rw_give', kind: 'donation', title: 'Give to charity', pointsPrice: 100 };

describe('an item the client cannot read is dropped, the rest is used', () => {
  it('a reward of an unknown kind: the other rewards remain, one warning names its path', async () => {
    const rewards = [...program.rewards.slice(0, 3), donation, ...program.rewards.slice(3)];
    answer('/v1/program', { ...program, rewards });
    const read = await testBackend().backend.getProgram();
    expect(read).toEqual(program);
    expect(theWarning()).toContain('$.rewards[3].kind');
    expect(theWarning()).toMatch(/^\[LoyaltyKit\] GET \/v1\/program: /);
  });

  it('an earning rule of an unknown kind, and one with an invalid field', async () => {
    const earningRules = [
      { id: 'earn_quiz', kind: 'quiz', title: 'Take the quiz', points: 10 },
      ...program.earningRules,
      { id: 'earn_bad', kind: 'signup', title: 'Join', points: 'many' },
    ];
    answer('/v1/program', { ...program, earningRules });
    expect((await testBackend().backend.getProgram()).earningRules).toEqual(program.earningRules);
    const warning = theWarning();
    expect(warning).toContain('$.earningRules[0].kind');
    expect(warning).toContain(`$.earningRules[${earningRules.length - 1}].points`);
  });

  it('a firstName of the wrong type: a member without a first name', async () => {
    answer('/v1/me', { ...customer, firstName: 42 });
    const { firstName, ...rest } = customer;
    const read = await member().getCustomer();
    expect(read).toEqual(rest);
    expect(read && 'firstName' in read).toBe(false);
    expect(theWarning()).toContain('$.firstName');
  });

  it('a redemption of an unknown kind: the member’s other codes remain', async () => {
    const other = { ...redemption, id: 'red_2', code: 'LK-GIVE', rewardKind: 'donation' };
    answer('/v1/me', { ...customer, redemptions: [other, redemption] });
    expect((await member().getCustomer())?.redemptions).toEqual([redemption]);
    expect(theWarning()).toContain('$.redemptions[0].rewardKind');
  });

  it('a list that is not a list reads as empty', async () => {
    answer('/v1/program', { ...program, bonusEvents: null, rewards: { 0: program.rewards[0] } });
    const read = await testBackend().backend.getProgram();
    expect(read.bonusEvents).toEqual([]);
    expect(read.rewards).toEqual([]);
    expect(read.earningRules).toEqual(program.earningRules);
    const warning = theWarning();
    expect(warning).toContain('$.rewards: expected array, got object');
    expect(warning).toContain('$.bonusEvents: expected array, got null');
  });

  it('a repeated id keeps the first item', async () => {
    const [first, second] = program.rewards;
    const impostor = { ...second, id: first?.id };
    answer('/v1/program', { ...program, rewards: [first, impostor, second] });
    expect((await testBackend().backend.getProgram()).rewards).toEqual([first, second]);
    expect(theWarning()).toContain('$.rewards[1].id');
  });

  it('a restriction it cannot read drops the reward rather than offering it to everyone', async () => {
    const [fixed, percent, shipping, variable] = program.rewards;
    const rewards = [
      { ...fixed, tierIds: 'tier_gold' },
      { ...percent, tierIds: ['tier_gold', 7] },
      { ...shipping, minimumOrder: { amountMinor: '2500', currency: 'USD' } },
      { ...variable, maxPoints: -0.5 },
    ];
    answer('/v1/program', { ...program, rewards: [...rewards, program.rewards[0]] });
    expect((await testBackend().backend.getProgram()).rewards).toEqual([program.rewards[0]]);
    const warning = theWarning();
    for (const path of [
      '$.rewards[0].tierIds',
      '$.rewards[1].tierIds[1]',
      '$.rewards[2].minimumOrder.amountMinor',
      '$.rewards[3].maxPoints',
    ]) {
      expect(warning).toContain(path);
    }
  });

  it('an unreadable tier status becomes absent; the member is still read', async () => {
    answer('/v1/me', { ...customer, tier: { currentTierId: 'tier_bronze', progress: 'most' } });
    const { tier: _, ...rest } = customer;
    expect(await member().getCustomer()).toEqual(rest);
    expect(theWarning()).toContain('$.tier.progress');
  });

  it('capabilities: a false is kept, an unreadable value or an unknown capability is not', async () => {
    answer('/v1/program', {
      ...program,
      capabilities: { cancelRedemption: false, birthday: 'no', teleport: false, quote: true },
    });
    const read = await testBackend().backend.getProgram();
    expect(read.capabilities).toEqual({ cancelRedemption: false, quote: true });
    expect(can(read, 'cancelRedemption')).toBe(false);
    // Unreadable reads as absent, and absent as supported.
    expect(can(read, 'birthday')).toBe(true);
    expect(theWarning()).toContain('$.capabilities.birthday: expected boolean, got string');
  });

  it('capabilities that are not an object: a backend that can do everything', async () => {
    answer('/v1/program', { ...program, capabilities: false });
    const read = await testBackend().backend.getProgram();
    expect(read).toEqual(program);
    expect(can(read, 'cancelRedemption')).toBe(true);
    expect(theWarning()).toContain('$.capabilities: expected object');
  });

  it('a response that reads cleanly logs nothing', async () => {
    answer('/v1/program', program);
    await testBackend().backend.getProgram();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('only a response whose core is unusable fails, with invalid_response', () => {
  it.each([
    ['no currency', '/v1/program', { ...program, currency: undefined }, '$.currency'],
    ['a programme that is an array', '/v1/program', [program], '$: expected object'],
    ['no balance', '/v1/me', { ...customer, balance: undefined }, '$.balance'],
    [
      'a balance without its available points',
      '/v1/me',
      { ...customer, balance: { ...customer.balance, available: '1250' } },
      '$.balance.available',
    ],
    ['a customer without an id', '/v1/me', { ...customer, id: 7 }, '$.id'],
    ['a customer that is null', '/v1/me', null, '$: expected object'],
  ])('%s', async (_, path, body, where) => {
    answer(path, body);
    const backend = member();
    const error = await rejection(path === '/v1/me' ? backend.getCustomer() : backend.getProgram());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain(where);
  });
});

describe('dates are read as dates (item 6)', () => {
  const NOPE = '2026-13-45Tnope';

  it('an invalid expiresAt keeps the code, without an expiry date', async () => {
    answer('/v1/me', { ...customer, redemptions: [{ ...redemption, expiresAt: NOPE }] });
    expect((await member().getCustomer())?.redemptions).toEqual([redemption]);
    expect(theWarning()).toContain('$.redemptions[0].expiresAt');
  });

  it('invalid dates in /v1/me: expiring points and the tier period become absent', async () => {
    answer('/v1/me', {
      ...customer,
      balance: { ...customer.balance, expiring: { points: 100, at: NOPE } },
      tier: { ...customer.tier, periodEnd: '2026-05-01' },
      ruleUsage: [{ ruleId: 'earn_review', count: 1, lastAt: 'yesterday' }, ...customer.ruleUsage],
    });
    expect(await member().getCustomer()).toEqual(customer);
    const warning = theWarning();
    expect(warning).toContain('$.balance.expiring.at');
    expect(warning).toContain('$.tier.periodEnd');
    expect(warning).toContain('$.ruleUsage[0].lastAt');
  });

  it('activity: an entry without a real date is dropped, a bad pendingUntil becomes absent', async () => {
    const [newest, older] = activity.entries;
    answer('/v1/me/activity', {
      ...activity,
      entries: [
        { ...newest, createdAt: NOPE },
        { ...older, pendingUntil: '2026-05-15T25:00:00Z' },
      ],
    });
    const { pendingUntil: _, ...withoutPending } = older ?? {};
    expect((await member().getActivity()).entries).toEqual([withoutPending]);
  });

  it('a bonus event with an invalid start is dropped', async () => {
    const [weekend] = program.bonusEvents;
    answer('/v1/program', {
      ...program,
      bonusEvents: [{ ...weekend, id: 'bonus_bad', startsAt: NOPE }, weekend],
    });
    expect((await testBackend().backend.getProgram()).bonusEvents).toEqual([weekend]);
    expect(theWarning()).toContain('$.bonusEvents[0].startsAt');
  });

  it('accepts RFC 3339 date-times with offsets and fractions', async () => {
    const expiresAt = '2026-05-30T23:59:59.999+07:00';
    answer('/v1/me', { ...customer, redemptions: [{ ...redemption, expiresAt }] });
    expect((await member().getCustomer())?.redemptions[0]?.expiresAt).toBe(expiresAt);
    expect(warn).not.toHaveBeenCalled();
  });
});
