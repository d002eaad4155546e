// A platform for gateway tests: one member with points, every call recorded,
// so a test can say that a refused request never reached the connector.
import { type Customer, LoyaltyError, type Program, type RedemptionResult } from '@loyaltykit/core';
import type { Connector } from '../connector.ts';

export const PROGRAM: Program = {
  id: 'prg_test',
  name: 'Test Rewards',
  currency: 'USD',
  earningRules: [],
  rewards: [
    {
      id: 'rw_5',
      kind: 'fixed_discount',
      title: '$5 off',
      pointsPrice: 500,
      value: { amountMinor: 500, currency: 'USD' },
    },
  ],
  tiers: [],
  bonusEvents: [],
};

export interface TestPlatform extends Connector {
  calls: string[];
  /** Redemptions committed: what exactly-once is about. */
  redemptions: RedemptionResult[];
}

/** `cus_1` with 1,250 points; each `$5 off` costs 500. */
export function testPlatform(options: { commitDelay?: number } = {}): TestPlatform {
  let available = 1250;
  const calls: string[] = [];
  const redemptions: RedemptionResult[] = [];
  const member = (): Customer => ({
    id: 'cus_1',
    firstName: 'Ana',
    balance: { available, pending: 0, lifetime: 3000 },
    redemptions: [],
    ruleUsage: [],
  });
  const known = (id: string) => {
    if (id !== 'cus_1')
      throw new LoyaltyError('unauthorized', 'No such customer.', { status: 401 });
  };
  /** Records the call, then answers. */
  const record = <T>(call: string, answer: () => T): T => {
    calls.push(call);
    return answer();
  };
  return {
    calls,
    redemptions,
    program: () => record('program', () => PROGRAM),
    customer: (id) => record(`customer ${id}`, () => (id === 'cus_1' ? member() : undefined)),
    activity: (id) =>
      record(`activity ${id}`, () => {
        known(id);
        return { entries: [] };
      }),
    async redeem(id, input) {
      record(`redeem ${id} ${input.rewardId}`, () => known(id));
      if (options.commitDelay) await new Promise((done) => setTimeout(done, options.commitDelay));
      if (input.rewardId === 'rw_crash') throw new Error('platform timeout');
      if (input.rewardId !== 'rw_5') {
        throw new LoyaltyError('reward_unavailable', 'No such reward.', { status: 422 });
      }
      if (available < 500) {
        throw new LoyaltyError('insufficient_points', 'Needs 500 points.', { status: 422 });
      }
      available -= 500;
      const result: RedemptionResult = {
        redemption: {
          id: `red_${redemptions.length + 1}`,
          rewardId: 'rw_5',
          rewardTitle: '$5 off',
          rewardKind: 'fixed_discount',
          code: `CODE-${redemptions.length + 1}`,
          status: 'issued',
          pointsSpent: 500,
          createdAt: '2026-05-10T12:00:00.000Z',
        },
        balance: member().balance,
      };
      redemptions.push(result);
      return result;
    },
    cancelRedemption: (id) =>
      record(`cancel ${id}`, () => {
        throw new LoyaltyError('redemption_not_cancellable', 'Used.', { status: 409 });
      }),
    claimAction: (id) =>
      record(`action ${id}`, () => {
        throw new LoyaltyError('action_limit_reached', 'Done already.', { status: 422 });
      }),
    setBirthday: (id) => record(`birthday ${id}`, member),
  };
}
