// DEMO ONLY: mints the demo programme's customer tokens, in the browser (the
// demo bar's sign-in) and in Node (serve.mjs, rendering the signed-in demo
// member's token into the script tag as a shop's server would). The secret is
// public (packages/mock-backend/src/tokens.ts), so anyone could sign in as
// anyone: a real shop mints tokens on its server with a secret it keeps.
const DEMO_SECRET = 'loyaltykit-demo-secret-not-for-production';
const DEMO_AUDIENCE = 'loyaltykit-demo';

const encoder = new TextEncoder();
const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const part = (value) => base64url(encoder.encode(JSON.stringify(value)));

/** An HS256 token for the demo customer `member`, valid one hour. */
export async function mintDemoToken(member) {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    sub: member,
    aud: DEMO_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 3600,
  })}`;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(DEMO_SECRET),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

/** The store's session cookie: the demo member signed in, `guest`, or absent (the backend's default member). */
export const SESSION_COOKIE = 'demo_member';
