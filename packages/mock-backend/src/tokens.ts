/**
 * HS256 customer tokens, as a merchant's server would mint them. The mock
 * backend verifies them exactly like a real backend must: signature, expiry
 * and audience. Browser demo pages mint tokens with the public demo secret;
 * that is for demos only and labelled as such wherever it is used.
 */

/** The shared secret of the demo programme. Public on purpose: never use it for real customers. */
export const DEMO_SECRET = 'loyaltykit-demo-secret-not-for-production';
/** The audience demo tokens are minted for. */
export const DEMO_AUDIENCE = 'loyaltykit-demo';
/** The demo programme's publishable key: the one key the mock backend knows unless told others. */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo';

export interface TokenClaims {
  /** Customer id in the merchant's loyalty engine. */
  sub: string;
  aud: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'wrong_audience' };

const encoder = new TextEncoder();

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const fromBase64url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

const hmacKey = (secret: string) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);

/** Mints a signed token, as the merchant's server would. */
export async function signToken(claims: TokenClaims, secret: string): Promise<string> {
  const header = base64url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const payload = base64url(encoder.encode(JSON.stringify(claims)));
  const signature = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(`${header}.${payload}`),
  );
  return `${header}.${payload}.${base64url(new Uint8Array(signature))}`;
}

/** Checks signature, expiry and audience. `now` is in milliseconds. */
export async function verifyToken(
  token: string,
  options: { secret: string; audience: string; now: number },
): Promise<TokenCheck> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return { ok: false, reason: 'malformed' };
  let claims: Partial<TokenClaims>;
  let signatureBytes: Uint8Array;
  try {
    const parsedHeader = JSON.parse(new TextDecoder().decode(fromBase64url(header)));
    if (parsedHeader?.alg !== 'HS256') return { ok: false, reason: 'malformed' };
    claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload)));
    signatureBytes = fromBase64url(signature);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const valid = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(options.secret),
    signatureBytes as Uint8Array<ArrayBuffer>,
    encoder.encode(`${header}.${payload}`),
  );
  if (!valid) return { ok: false, reason: 'bad_signature' };
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') {
    return { ok: false, reason: 'malformed' };
  }
  if (claims.exp * 1000 <= options.now) return { ok: false, reason: 'expired' };
  if (claims.aud !== options.audience) return { ok: false, reason: 'wrong_audience' };
  return { ok: true, claims: claims as TokenClaims };
}
