// The Storefront API over the fake Voucherify project: the fake on one
// loopback port, the gateway with the Voucherify connector on another. Tests,
// the demo store (`LK_BACKEND=voucherify npm run demo`) and the e2e spec start
// it the same way. Tokens are the demo programme's (public secret: demo only).
import { type Connector, createGateway, withCors } from '@loyaltykit/gateway';
import { serveNode } from '@loyaltykit/gateway/node';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from '@loyaltykit/mock-backend';
import { voucherifyConnector } from '../connector.ts';
import { createFakeVoucherify, FAKE_APP_ID, FAKE_SECRET_KEY, type FakeVoucherify } from './fake.ts';
import { DEMO_CUSTOMER } from './world.ts';

export { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET };

export interface VoucherifyDemoOptions {
  /** The gateway's port; default 0 (any free one). The fake always takes a free one. */
  port?: number;
  host?: string;
  /** Milliseconds the connector keeps the programme. Default 0: every read sees the fake's state. */
  programTtlMs?: number;
}

export interface VoucherifyDemo {
  /** The gateway's base URL (the widgets' `data-api-url`). */
  apiUrl: string;
  /** The fake Voucherify API's base URL. */
  voucherifyUrl: string;
  publishableKey: string;
  /** The token subject of the fake's customer: her Voucherify `source_id`. */
  member: string;
  fake: FakeVoucherify;
  connector: Connector;
  close(): Promise<void>;
}

/** Starts the fake and a gateway over it, both on loopback; `close` stops both. */
export async function startVoucherifyDemo(
  options: VoucherifyDemoOptions = {},
): Promise<VoucherifyDemo> {
  const host = options.host ?? '127.0.0.1';
  const fake = createFakeVoucherify();
  const voucherify = await serveNode(fake.handle, { port: 0, host });
  const connector = voucherifyConnector({
    apiUrl: voucherify.url,
    appId: FAKE_APP_ID,
    secretKey: FAKE_SECRET_KEY,
    campaignId: String(fake.world.campaign.id),
    currency: 'USD',
    programTtlMs: options.programTtlMs ?? 0,
    signUpUrl: '/account/register',
    signInUrl: '/account/login',
  });
  const gateway = createGateway({
    connector,
    keys: {
      [DEMO_PUBLISHABLE_KEY]: { audience: DEMO_AUDIENCE, signingKeys: [{ secret: DEMO_SECRET }] },
    },
  });
  const api = await serveNode(withCors({ origins: '*' }, gateway), {
    port: options.port ?? 0,
    host,
  });
  return {
    apiUrl: api.url,
    voucherifyUrl: voucherify.url,
    publishableKey: DEMO_PUBLISHABLE_KEY,
    member: DEMO_CUSTOMER,
    fake,
    connector,
    close: async () => {
      await api.close();
      await voucherify.close();
    },
  };
}
