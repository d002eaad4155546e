/**
 * HS256 customer tokens (RFC 7519), as a merchant's server mints them and a
 * gateway verifies them: signature (with key rotation by `kid`), `exp`, `nbf`,
 * `iat`, `aud` and `iss`. Web Crypto only, no imports, so the same module runs
 * on Node, Workers, Deno, Bun and in a browser demo.
 */

export interface TokenClaims {
  /** Customer id, as the merchant knows the shopper. */
  sub: string;
  /** The audience: one string or several (RFC 7519 §4.1.3). */
  aud: string | readonly string[];
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Not before, seconds since the epoch. */
  nbf?: number;
  /** Issued at, seconds since the epoch. */
  iat?: number;
  iss?: string;
}

/** A signing secret; `kid` names it in token headers so secrets can rotate without downtime. */
export interface SigningKey {
  kid?: string;
  secret: string;
}

/** What a verifier accepts. */
export interface TokenRules {
  /**
   * The secrets tokens may be signed with. A token naming a `kid` is checked
   * against that key only; one without is tried against each (old merchant
   * servers sign without a `kid`). A bare string is one key without `kid`.
   */
  secret?: string;
  keys?: readonly SigningKey[];
  audience: string;
  /** When set, tokens must carry exactly this `iss`. */
  issuer?: string;
  /** Now, in milliseconds. */
  now: number;
  /** Seconds of clock difference tolerated on `exp`, `nbf` and `iat`. Default 0. */
  clockSkew?: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | {
      ok: false;
      reason:
        | 'malformed'
        | 'bad_signature'
        | 'unknown_kid'
        | 'expired'
        | 'not_yet_valid'
        | 'wrong_audience'
        | 'wrong_issuer';
    };

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

/**
 * Mints a signed token, as the merchant's server would.
 *
 * @example
 * ```ts
 * await signToken({ sub: 'cus_1', aud: 'shop', exp: now + 300 }, { kid: '2026-06', secret });
 * ```
 */
export async function signToken(claims: TokenClaims, key: string | SigningKey): Promise<string> {
  const { kid, secret } = typeof key === 'string' ? { kid: undefined, secret: key } : key;
  const header = base64url(
    encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT', ...(kid && { kid }) })),
  );
  const payload = base64url(encoder.encode(JSON.stringify(claims)));
  const signature = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(`${header}.${payload}`),
  );
  return `${header}.${payload}.${base64url(new Uint8Array(signature))}`;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && value >= 0;

/** Checks signature, then `exp`, `nbf`, `iat`, `aud` and `iss`. */
export async function verifyToken(token: string, rules: TokenRules): Promise<TokenCheck> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return { ok: false, reason: 'malformed' };
  let kid: unknown;
  let claims: Partial<TokenClaims>;
  let signatureBytes: Uint8Array;
  try {
    const parsedHeader = JSON.parse(new TextDecoder().decode(fromBase64url(header)));
    if (parsedHeader?.alg !== 'HS256') return { ok: false, reason: 'malformed' };
    kid = parsedHeader.kid;
    claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload)));
    signatureBytes = fromBase64url(signature);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const keys = [
    ...(rules.keys ?? []),
    ...(rules.secret === undefined ? [] : [{ secret: rules.secret }]),
  ];
  const candidates = kid === undefined ? keys : keys.filter((key) => key.kid === kid);
  if (candidates.length === 0) return { ok: false, reason: 'unknown_kid' };
  let valid = false;
  for (const key of candidates) {
    valid ||= await crypto.subtle.verify(
      'HMAC',
      await hmacKey(key.secret),
      signatureBytes as Uint8Array<ArrayBuffer>,
      encoder.encode(`${header}.${payload}`),
    );
  }
  if (!valid) return { ok: false, reason: 'bad_signature' };
  if (typeof claims.sub !== 'string' || !isTime(claims.exp)) {
    return { ok: false, reason: 'malformed' };
  }
  const now = rules.now / 1000;
  const skew = rules.clockSkew ?? 0;
  if (claims.exp + skew <= now) return { ok: false, reason: 'expired' };
  if (claims.nbf !== undefined && (!isTime(claims.nbf) || claims.nbf - skew > now)) {
    return { ok: false, reason: 'not_yet_valid' };
  }
  // A token issued in the future comes from a wrong clock or a forger: refuse it like nbf.
  if (claims.iat !== undefined && (!isTime(claims.iat) || claims.iat - skew > now)) {
    return { ok: false, reason: 'not_yet_valid' };
  }
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
  if (!Array.isArray(audiences) || !audiences.includes(rules.audience)) {
    return { ok: false, reason: 'wrong_audience' };
  }
  if (rules.issuer !== undefined && claims.iss !== rules.issuer) {
    return { ok: false, reason: 'wrong_issuer' };
  }
  return { ok: true, claims: claims as TokenClaims };
}
