import { FEWEST_CAPABILITIES } from '@loyaltykit/core';
import { describe, expect, it } from 'vitest';
import type { EngineSeed } from './engine/types.ts';
import { usStore } from './seeds/us-store.ts';
import { expectProblem, testApi } from './test/api.ts';

const keyed = (key: string) => ({ 'Idempotency-Key': key });
const cart = {
  currency: 'USD',
  lines: [{ productId: 'tee-1', quantity: 1, unitPrice: { amountMinor: 2900, currency: 'USD' } }],
};

describe('a backend that declares no capabilities keeps to it', () => {
  const api = testApi({ handlers: { capabilities: FEWEST_CAPABILITIES } });

  it('declares them on the programme, without a referral offer, and no member has a link', async () => {
    const program = await (await api.call('GET', '/v1/program')).json();
    expect(program.capabilities).toEqual(FEWEST_CAPABILITIES);
    expect(program).not.toHaveProperty('referral');
    const me = await (await api.call('GET', '/v1/me', { token: true })).json();
    expect(me.firstName).toBe('Maya');
    expect(me).not.toHaveProperty('referral');
  });

  it('refuses what it cannot do with the problem openapi.yaml names, and changes nothing', async () => {
    const before = api.engine.customer(api.engine.personas.member);
    const [issued] = before?.redemptions ?? [];
    expect(issued).toBeDefined();
    await expectProblem(
      await api.call('DELETE', `/v1/me/redemptions/${issued?.id}`, { token: true }),
      409,
      'redemption_not_cancellable',
    );
    await expectProblem(
      await api.call('GET', '/v1/me/activity', { token: true }),
      404,
      'not_found',
    );
    await expectProblem(
      await api.call('PUT', '/v1/me/birthday', { token: true, body: { month: 7, day: 14 } }),
      404,
      'not_found',
    );
    await expectProblem(
      await api.call('POST', '/v1/me/actions', {
        token: true,
        headers: keyed('follow'),
        body: { ruleId: 'earn_instagram' },
      }),
      404,
      'not_found',
    );
    await expectProblem(await api.call('POST', '/v1/quote', { body: cart }), 404, 'not_found');
    await expectProblem(
      await api.call('POST', '/v1/me/redemptions', {
        token: true,
        headers: keyed('pay'),
        body: { rewardId: 'rw_pay', points: 500 },
      }),
      422,
      'reward_unavailable',
    );
    expect(api.engine.customer(api.engine.personas.member)).toEqual(before);
  });

  it('still redeems fixed rewards', async () => {
    const reply = await api.call('POST', '/v1/me/redemptions', {
      token: true,
      headers: keyed('five-off'),
      body: { rewardId: 'rw_5off' },
    });
    expect(reply.status).toBe(201);
  });
});

describe('capabilities a seed programme declares', () => {
  const seed: EngineSeed = {
    ...usStore,
    program: (today) => ({ ...usStore.program(today), capabilities: { cancelRedemption: false } }),
  };
  const api = testApi({ seed });

  it('are served and kept to; what the seed leaves out still works', async () => {
    const program = await (await api.call('GET', '/v1/program')).json();
    expect(program.capabilities).toEqual({ cancelRedemption: false });
    expect(program.referral).toBeDefined();
    const [issued] = api.engine.customer(api.engine.personas.member)?.redemptions ?? [];
    await expectProblem(
      await api.call('DELETE', `/v1/me/redemptions/${issued?.id}`, { token: true }),
      409,
      'redemption_not_cancellable',
    );
    expect((await api.call('GET', '/v1/me/activity', { token: true })).status).toBe(200);
    expect((await api.call('POST', '/v1/quote', { body: cart })).status).toBe(200);
  });

  it('a seed that declares none serves a programme without capabilities', async () => {
    const program = await (await testApi().call('GET', '/v1/program')).json();
    expect(program).not.toHaveProperty('capabilities');
  });
});
