// The one programme the gateway tests serve, and tokens for its member.
import type { ProgrammeKeys } from '../handler.ts';
import { signToken } from '../tokens.ts';

export const PROGRAMME: ProgrammeKeys = {
  audience: 'test-shop',
  signingKeys: [{ kid: '2026-06', secret: 'test-secret' }],
};
export const KEYS = { pk_test: PROGRAMME };

/** A five-minute token for `cus_1`. */
export const memberToken = () =>
  signToken(
    { sub: 'cus_1', aud: 'test-shop', exp: Math.floor(Date.now() / 1000) + 300 },
    PROGRAMME.signingKeys[0]!,
  );
