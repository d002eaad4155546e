import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from './json-body.ts';
import { cart, redemptionResult } from './testing/fixtures.ts';
import { testBackend, useServer } from './testing/server.ts';

const server = useServer();

/** Patches `toJSON` onto a built-in prototype the way old host libraries do, until `restore`. */
function patchToJson(proto: object, toJSON: () => unknown) {
  Object.defineProperty(proto, 'toJSON', { value: toJSON, configurable: true, writable: true });
}
afterEach(() => {
  Reflect.deleteProperty(Array.prototype, 'toJSON');
  Reflect.deleteProperty(Object.prototype, 'toJSON');
});

describe('toJson', () => {
  it('matches JSON.stringify on plain data', () => {
    const value = { a: [1, 'two', null, true, { b: undefined, c: 'é"\n' }], d: undefined, e: -0.5 };
    expect(toJson(value)).toBe(JSON.stringify(value));
    expect(toJson([undefined])).toBe('[null]');
  });

  it('ignores toJSON patched onto Array.prototype and Object.prototype', () => {
    const expected = JSON.stringify(cart);
    patchToJson(Array.prototype, function (this: unknown[]) {
      return JSON.stringify(this); // Prototype.js 1.6 turned arrays into strings
    });
    patchToJson(Object.prototype, () => 'patched');
    expect(JSON.stringify(cart)).not.toBe(expected);
    expect(toJson(cart)).toBe(expected);
  });
});

it('a redemption is sent intact from a page that patched toJSON', async () => {
  const answer = JSON.stringify(redemptionResult); // before the patch: msw would use it too
  let received: unknown;
  server.use(
    http.post('*/v1/me/redemptions', async ({ request }) => {
      received = JSON.parse(await request.text());
      return new HttpResponse(answer, {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  patchToJson(Array.prototype, () => 'an array');
  patchToJson(Object.prototype, () => 'an object');
  const { backend } = testBackend({ customerToken: 'tok' });
  await backend.redeem({ rewardId: 'rw_spend', points: 300, cart, idempotencyKey: 'k' });
  expect(received).toEqual({ rewardId: 'rw_spend', points: 300, cart });
});
