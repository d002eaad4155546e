import { describe, expect, it } from 'vitest';
import { tokenSubject } from './customer-cache.ts';
import { customer } from './testing/fixtures.ts';
import { memoryStorage, testBackend } from './testing/server.ts';

/** A compact JWT with these claims (unsigned: only the server checks signatures). */
const jwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.c2ln`;
const maya = jwt({ sub: 'cus_maya', exp: 2_000_000_000 });

describe('the customer across page views (storage)', () => {
  it('the next page view for the same shopper has the customer at once, validated, until its answer', () => {
    const storage = memoryStorage();
    const firstView = testBackend({ storage, customerToken: maya }).backend;
    expect(firstView.cachedCustomer()).toBeUndefined();
    firstView.keepCustomer(customer);
    // A fresh token for the same shopper (tokens live minutes, a visit longer).
    const nextView = testBackend({
      storage,
      customerToken: jwt({ sub: 'cus_maya', exp: 2_000_000_300 }),
    }).backend;
    expect(nextView.cachedCustomer()).toEqual(customer);
  });

  it('never shows one shopper to another, to a guest, or from another API or key', () => {
    const storage = memoryStorage();
    testBackend({ storage, customerToken: maya }).backend.keepCustomer(customer);
    expect(
      testBackend({ storage, customerToken: jwt({ sub: 'cus_other' }) }).backend.cachedCustomer(),
    ).toBeUndefined();
    expect(testBackend({ storage }).backend.cachedCustomer()).toBeUndefined();
    expect(
      testBackend({
        storage,
        customerToken: maya,
        publishableKey: 'pk_other',
      }).backend.cachedCustomer(),
    ).toBeUndefined();
    expect(testBackend({ storage, customerToken: maya }).backend.cachedCustomer()).toEqual(
      customer,
    );
  });

  it('a guest (null) or a backend without a token forgets what was kept', () => {
    const forgetting = [
      (storage: ReturnType<typeof memoryStorage>) =>
        testBackend({ storage, customerToken: maya }).backend.keepCustomer(null),
      (storage: ReturnType<typeof memoryStorage>) =>
        testBackend({ storage }).backend.keepCustomer(customer),
    ];
    for (const forget of forgetting) {
      const storage = memoryStorage();
      testBackend({ storage, customerToken: maya }).backend.keepCustomer(customer);
      forget(storage);
      expect(
        testBackend({ storage, customerToken: maya }).backend.cachedCustomer(),
      ).toBeUndefined();
      expect(storage.items.get('loyaltykit:customer')).toBe('');
    }
  });

  it('a guest page writes nothing when nothing was kept', () => {
    const storage = memoryStorage();
    testBackend({ storage }).backend.keepCustomer(null);
    expect(storage.items.has('loyaltykit:customer')).toBe(false);
  });

  it('ignores storage that holds garbage or a customer this client cannot read', () => {
    const written = memoryStorage();
    testBackend({ storage: written, customerToken: maya }).backend.keepCustomer(customer);
    const [key] = JSON.parse(written.items.get('loyaltykit:customer') ?? '') as string[];
    const { balance: _, ...withoutBalance } = customer;
    for (const stored of [
      'not json',
      'null',
      '{"a":1}',
      JSON.stringify([key, 'cus_maya', withoutBalance]),
      JSON.stringify([key, 7, customer]),
    ]) {
      const storage = memoryStorage();
      storage.items.set('loyaltykit:customer', stored);
      expect(
        testBackend({ storage, customerToken: maya }).backend.cachedCustomer(),
        stored,
      ).toBeUndefined();
    }
  });

  it('storage that throws costs the cache, never the page', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    const { backend } = testBackend({ storage: throwing, customerToken: maya });
    expect(() => backend.keepCustomer(customer)).not.toThrow();
    expect(backend.cachedCustomer()).toBeUndefined();
  });
});

describe('tokenSubject', () => {
  it("reads a JWT's sub claim (base64url, unpadded), and nothing else", () => {
    expect(tokenSubject(maya)).toBe('cus_maya');
    expect(tokenSubject(jwt({ sub: 'ü/+?' }))).toBeDefined();
    for (const token of [undefined, '', 'not.a', 'a.b.c', jwt({ sub: 7 }), jwt({}), 'x.bnVsbA.y']) {
      expect(tokenSubject(token), String(token)).toBeUndefined();
    }
  });
});
