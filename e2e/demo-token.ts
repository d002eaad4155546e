import { createHmac } from 'node:crypto';

// The demo programme's public secret and audience (packages/mock-backend/src/tokens.ts):
// e2e mints tokens the way a merchant's server would, in Node.
const DEMO_SECRET = 'loyaltykit-demo-secret-not-for-production';
const DEMO_AUDIENCE = 'loyaltykit-demo';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 customer token for the demo store's engine. */
export function demoToken(customerId: string, { expiresInSeconds = 300 } = {}): string {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    sub: customerId,
    aud: DEMO_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + expiresInSeconds,
  })}`;
  return `${body}.${createHmac('sha256', DEMO_SECRET).update(body).digest('base64url')}`;
}
