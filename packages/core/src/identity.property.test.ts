import { fc, test } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, vi } from 'vitest';
import type { LoyaltyBackend, RedemptionResult } from './backend.ts';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import { createRedemptionFlow } from './redemption-flow.ts';
import { reloadCustomer } from './shopper.ts';
import type { Customer, Program, Redemption } from './types.ts';

// Whatever the order in which answers arrive and the shopper signs in and out,
// nothing started for one shopper is shown to, or handed on for, another
// (issue 12, item 2), and the model never rejects or throws anything but a
// LoyaltyError.

const program: Program = {
  id: 'p',
  name: 'P',
  currency: 'USD',
  earningRules: [],
  rewards: [],
  tiers: [],
  bonusEvents: [],
};

const customerOf = (shopper: string): Customer => ({
  id: shopper,
  balance: { available: 1000, pending: 0, lifetime: 1000 },
  redemptions: [],
  ruleUsage: [],
});

const redemptionOf = (shopper: string, status: Redemption['status']): Redemption => ({
  id: `${shopper}-red`,
  rewardId: 'r',
  rewardTitle: 'R',
  rewardKind: 'custom',
  pointsSpent: 100,
  code: `${shopper}-CODE`,
  status,
  createdAt: '2026-11-23T00:00:00Z',
});

const guestRefused = () => Promise.reject(new LoyaltyError('unauthorized', 'guest'));

type Step =
  | { do: 'switch'; guest: boolean }
  | { do: 'redeem' }
  | { do: 'cancel' }
  | { do: 'reload' }
  | { do: 'answer' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('switch' as const), guest: fc.boolean() }),
  fc.constant({ do: 'redeem' as const }),
  fc.constant({ do: 'cancel' as const }),
  fc.constant({ do: 'reload' as const }),
  fc.constant({ do: 'answer' as const }),
);

/**
 * As in a browser, the next step (a click, a sign-out) is a task of its own: an answer's
 * microtasks all run first. A message is a real task, whatever the faked timers.
 */
const flush = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

describe('identity changes under any interleaving', () => {
  // The reload's pauses (seconds) pass at once.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  test.prop(
    [fc.scheduler(), fc.array(step, { maxLength: 25 }), fc.array(fc.boolean(), { maxLength: 40 })],
    {
      numRuns: 150,
    },
  )(
    'no answer for one shopper reaches the next',
    async (s, steps, failures) => {
      let shoppers = 0;
      let failureIndex = 0;
      const fails = () => failures[failureIndex++ % Math.max(1, failures.length)] ?? false;

      /** A backend for one shopper whose every answer the scheduler delivers, in any order. */
      const backendFor = (shopper: string | null): LoyaltyBackend => {
        const answer = <T>(value: () => T) =>
          s.schedule(Promise.resolve()).then(() => {
            if (fails()) throw new LoyaltyError('network_error', 'lost');
            return value();
          });
        const result = (status: Redemption['status']): RedemptionResult => ({
          redemption: redemptionOf(shopper ?? '', status),
          balance: { available: status === 'issued' ? 900 : 1000, pending: 0, lifetime: 1000 },
        });
        return {
          getProgram: () => answer(() => program),
          getCustomer: () => answer(() => (shopper ? customerOf(shopper) : null)),
          getActivity: () => answer(() => ({ entries: [] })),
          redeem: () => (shopper ? answer(() => result('issued')) : guestRefused()),
          cancelRedemption: () => (shopper ? answer(() => result('cancelled')) : guestRefused()),
          claimAction: () => Promise.reject(new LoyaltyError('not_found', 'none')),
          setBirthday: () => Promise.reject(new LoyaltyError('not_found', 'none')),
        };
      };

      const nextShopper = () => `shopper${shoppers++}`;
      let current: string | null = nextShopper();
      const model = createLoyaltyModel(backendFor(current));
      const flow = createRedemptionFlow(model);
      const strays: unknown[] = [];
      const handedOn: { to: string | null; from: string | null }[] = [];

      /** What a widget does with an outcome: hand a code on only if it is still its shopper's. */
      // Whose code each call's promise resolved with: always the shopper it was made for. (A
      // widget's own handler may run after a later sign-out; widgets and the script tag check the
      // identity again before they show or hand on anything, see their tests.)
      const watch = (promise: Promise<Redemption>) => {
        const startedFor = current;
        return promise.then(
          (redemption) =>
            handedOn.push({ to: startedFor, from: redemption.code.split('-')[0] ?? null }),
          (reason: unknown) => {
            if (!isLoyaltyError(reason)) strays.push(reason);
          },
        );
      };

      const loads: Promise<void>[] = [model.load()];
      for (const next of steps) {
        if (next.do === 'switch') {
          current = next.guest ? null : nextShopper();
          loads.push(model.useBackend(backendFor(current)));
        } else if (next.do === 'redeem') watch(flow.redeem('r'));
        else if (next.do === 'cancel') watch(flow.cancel(`${current}-red`));
        else if (next.do === 'reload') loads.push(reloadCustomer(model));
        else if (s.count() > 0) {
          await s.waitOne();
          await flush();
        }
      }
      // Deliver everything still pending, reloads' pauses included, until nothing is left.
      for (;;) {
        if (s.count() > 0) await s.waitOne();
        else if (vi.getTimerCount() > 0) await vi.runOnlyPendingTimersAsync();
        else break;
        await flush();
      }
      await Promise.all(loads);

      // Never another shopper's customer, balance or code on the page.
      const shown = model.customer.value;
      if (shown) {
        expect(shown.id).toBe(current);
        for (const r of shown.redemptions) expect(r.code.startsWith(`${current}-`)).toBe(true);
      }
      if (model.error.value) expect(isLoyaltyError(model.error.value)).toBe(true);
      for (const { to, from } of handedOn) expect(from).toBe(to);
      const intent = flow.intent.value;
      if (intent?.status === 'succeeded')
        expect(intent.redemption.code.startsWith(`${current}-`)).toBe(true);
      expect(strays).toEqual([]);
    },
    20_000,
  );
});
