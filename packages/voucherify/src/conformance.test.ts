import { type Result, requirements, runConformance } from '@loyaltykit/conformance';
import { signToken } from '@loyaltykit/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_AUDIENCE,
  DEMO_SECRET,
  startVoucherifyDemo,
  type VoucherifyDemo,
} from './test/demo.ts';

// The conformance kit, run as packages/conformance/src/conformance.test.ts runs
// it against the engine: here against the gateway with the Voucherify
// connector, over the fake Voucherify API on a loopback port.
describe('the conformance kit against the gateway over Voucherify', () => {
  let demo: VoucherifyDemo;
  beforeAll(async () => {
    demo = await startVoucherifyDemo();
  });
  afterAll(() => demo.close());

  it('meets every requirement, MUST and SHOULD, but the languages it does not have; the fake stays on the document, and the balance ends where it began', async () => {
    const card = () => demo.fake.world.card.loyalty_card as { balance: number };
    const before = card().balance;
    const results: Result[] = await runConformance({
      apiUrl: demo.apiUrl,
      publishableKey: demo.publishableKey,
      token: () =>
        signToken(
          { sub: demo.member, aud: DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 },
          DEMO_SECRET,
        ),
    });
    // A Voucherify campaign's texts are in one language: the connector declares no locales.
    expect(results.filter((result) => result.status !== 'pass')).toEqual([
      {
        id: 'SF-PROGRAM-LANGUAGE',
        level: 'SHOULD',
        status: 'skip',
        reason: 'no Content-Language: a programme in one language',
      },
    ]);
    expect(results.map((result) => result.id)).toEqual(requirements.map((r) => r.id));
    expect(demo.fake.violations).toEqual([]);
    expect(card().balance).toBe(before);
    // The redemption checks went through Voucherify: five redemptions, each rolled back.
    const rollbacks = demo.fake.calls.filter((call) => /\/rollback\b/.test(call));
    expect(rollbacks.length).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
