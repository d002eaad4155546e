// The model's tests and the shopper tests share one scripted backend: a programme, a member and
// a backend whose answers each test scripts.
import { vi } from 'vitest';
import type { LoyaltyBackend } from '../backend.ts';
import type { Customer, Program } from '../types.ts';

export const program: Program = {
  id: 'prg_test',
  name: 'Test Rewards',
  currency: 'USD',
  earningRules: [],
  rewards: [
    {
      id: 'rw_1',
      kind: 'fixed_discount',
      title: '$5 off',
      pointsPrice: 500,
      value: { amountMinor: 500, currency: 'USD' },
    },
  ],
  tiers: [],
  bonusEvents: [],
};

export const customer: Customer = {
  id: 'cus_1',
  firstName: 'Ana',
  balance: { available: 1250, pending: 0, lifetime: 3000 },
  redemptions: [],
  ruleUsage: [],
};

const unused = () => Promise.reject(new Error('not used by the model'));

/** A hand-written backend whose answers each test scripts. */
export function fakeBackend(
  overrides: Partial<{
    getProgram: LoyaltyBackend['getProgram'];
    getCustomer: LoyaltyBackend['getCustomer'];
  }> = {},
) {
  const backend = {
    getProgram: vi.fn(overrides.getProgram ?? (async () => structuredClone(program))),
    getCustomer: vi.fn(overrides.getCustomer ?? (async () => structuredClone(customer))),
    getActivity: unused,
    redeem: unused,
    cancelRedemption: unused,
    claimAction: unused,
    setBirthday: unused,
  };
  return backend satisfies LoyaltyBackend;
}

/** A promise the test resolves by hand. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
