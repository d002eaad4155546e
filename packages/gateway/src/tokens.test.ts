import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens.ts';

const DEMO_SECRET = 'a-test-secret';
const DEMO_AUDIENCE = 'a-test-shop';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const inFiveMinutes = Math.floor(NOW / 1000) + 300;
const options = { secret: DEMO_SECRET, audience: DEMO_AUDIENCE, now: NOW };
const claims = { sub: 'cus_maya', aud: DEMO_AUDIENCE, exp: inFiveMinutes };

const b64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

describe('signToken / verifyToken', () => {
  it('round-trips the claims of a token signed with the same secret', async () => {
    const token = await signToken(claims, DEMO_SECRET);
    expect(token.split('.')).toHaveLength(3);
    expect(await verifyToken(token, options)).toEqual({ ok: true, claims });
  });

  it('produces a standard HS256 JWT header', async () => {
    const [header] = (await signToken(claims, DEMO_SECRET)).split('.');
    expect(JSON.parse(fromB64url(header!))).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });

  it('rejects a tampered payload with bad_signature', async () => {
    const [header, , signature] = (await signToken(claims, DEMO_SECRET)).split('.');
    const forgedPayload = b64url(JSON.stringify({ ...claims, sub: 'cus_someone_else' }));
    expect(await verifyToken(`${header}.${forgedPayload}.${signature}`, options)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a token signed with another secret with bad_signature', async () => {
    const token = await signToken(claims, 'attacker-secret');
    expect(await verifyToken(token, options)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects an expired token, including at the exact expiry second', async () => {
    const expired = await signToken({ ...claims, exp: Math.floor(NOW / 1000) - 1 }, DEMO_SECRET);
    expect(await verifyToken(expired, options)).toEqual({ ok: false, reason: 'expired' });
    const atExpiry = await signToken({ ...claims, exp: NOW / 1000 }, DEMO_SECRET);
    expect(await verifyToken(atExpiry, options)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token minted for another audience', async () => {
    const token = await signToken({ ...claims, aud: 'other-shop' }, DEMO_SECRET);
    expect(await verifyToken(token, options)).toEqual({ ok: false, reason: 'wrong_audience' });
  });

  it('rejects malformed tokens', async () => {
    const valid = await signToken(claims, DEMO_SECRET);
    const [header, payload] = valid.split('.');
    for (const token of ['', 'abc', 'a.b', `${header}.${payload}.`, '!!!.???.***']) {
      expect(await verifyToken(token, options), token).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('refuses an unsigned alg "none" token', async () => {
    const header = b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = b64url(JSON.stringify(claims));
    expect(await verifyToken(`${header}.${payload}.`, options)).toMatchObject({ ok: false });
    expect(await verifyToken(`${header}.${payload}.c2ln`, options)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('rejects a correctly signed token without a subject', async () => {
    const token = await signToken(
      { aud: DEMO_AUDIENCE, exp: inFiveMinutes } as unknown as typeof claims,
      DEMO_SECRET,
    );
    expect(await verifyToken(token, options)).toEqual({ ok: false, reason: 'malformed' });
  });
});
