import { serveNode } from '@loyaltykit/gateway/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVoucherify, FAKE_APP_ID, FAKE_SECRET_KEY, type FakeVoucherify } from './fake.ts';
import { readSchema, spec } from './spec.ts';

// The fake may answer only what the vendored documents allow: anything else
// is recorded and refused, so a test over it fails instead of passing on a
// shape Voucherify never sends.
let fake: FakeVoucherify;
let served: Awaited<ReturnType<typeof serveNode>>;
beforeEach(async () => {
  fake = createFakeVoucherify();
  served = await serveNode(fake.handle, { port: 0 });
});
afterEach(() => served.close());

const campaign = () => String(fake.world.campaign.id);
const keys = { 'X-App-Id': FAKE_APP_ID, 'X-App-Token': FAKE_SECRET_KEY };
const get = (path: string, headers: Record<string, string> = keys) =>
  fetch(`${served.url}${path}`, { headers });
const post = (path: string, body: unknown) =>
  fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { ...keys, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the fake Voucherify API', () => {
  it('answers from the examples on a real loopback port', async () => {
    const response = await get(`/v1/loyalties/${campaign()}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(spec().example('get-loyalty-program', 200));
    expect(fake.violations).toEqual([]);
  });

  it('refuses to send an answer its schema does not allow', async () => {
    (fake.world.card.loyalty_card as Record<string, unknown>).balance = 'lots';
    const response = await get(
      `/v1/loyalties/${campaign()}/members?customer=alice.morgan%40email.com`,
    );
    expect(response.status).toBe(500);
    expect(fake.violations).toEqual([
      'list-members 200: /vouchers/0/loyalty_card/balance must be integer',
    ]);
  });

  it('refuses a request body its schema does not allow', async () => {
    const response = await post(`/v1/loyalties/${campaign()}/members/MmFAzfDe/redemption`, {
      reward: { id: 42 },
    });
    expect(response.status).toBe(500);
    expect(fake.violations).toEqual(['redeem-reward-1 request: /reward/id must be string']);
    // Nothing was spent.
    expect((fake.world.card.loyalty_card as { balance: number }).balance).toBe(13135);
  });

  it('refuses calls without the project keys, operations it does not fake, and paths outside the documents', async () => {
    await get(`/v1/loyalties/${campaign()}`, {});
    await fetch(`${served.url}/v1/loyalties/${campaign()}`, { method: 'DELETE', headers: keys });
    await get('/v1/nothing-here');
    expect(fake.violations).toEqual([
      `GET /v1/loyalties/${campaign()} without the project's X-App-Id and X-App-Token`,
      'delete-loyalty-program is not part of the fake',
      'No operation of the vendored documents answers GET /v1/nothing-here',
    ]);
  });

  it('answers an unknown id with the documented not_found error', async () => {
    const response = await get('/v1/customers/nobody');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 404, key: 'not_found' });
    expect(fake.violations).toEqual([]);
  });
});

describe('how the schemas are read (readSchema)', () => {
  it('lets an optional property be null, as the examples send them, but not a required one', () => {
    const schema = readSchema({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, category: { type: 'string' } },
    });
    expect(schema).toEqual({
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string' },
        category: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    });
    // The documents' Error object requires code and message; details is optional.
    const error = { code: 404, key: 'not_found', message: 'Resource not found' };
    expect(spec().responseMismatches('get-customer', 404, { ...error, details: null })).toEqual([]);
    expect(spec().responseMismatches('get-customer', 404, { ...error, message: null })).toEqual([
      '/message must be string',
    ]);
  });

  it('reads nullable without a type as "or null", and drops a required name no property declares', () => {
    expect(readSchema({ nullable: true, allOf: [{ $ref: '#/x' }] })).toEqual({
      anyOf: [{ allOf: [{ $ref: '#/x' }] }, { type: 'null' }],
    });
    expect(
      readSchema({
        type: 'object',
        required: ['reward', 'id'],
        properties: { id: { type: 'string' } },
      }),
    ).toEqual({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } });
    // An object with no properties keeps what it requires (allOf parts add requirements).
    expect(readSchema({ type: 'object', required: ['reward'] })).toEqual({
      type: 'object',
      required: ['reward'],
    });
  });
});
