import {
  CLIENT_ERROR_CODES,
  LOYALTY_ERROR_CODES,
  LoyaltyError,
  type LoyaltyErrorCode,
} from '@loyaltykit/core';
import { problemSchema } from './contract-schemas.ts';

const CLIENT_CODES: ReadonlySet<string> = new Set(CLIENT_ERROR_CODES);

/** Fallback codes for error responses without a known `code` (a proxy's HTML page, say). */
const BY_STATUS: Readonly<Record<number, LoyaltyErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  404: 'not_found',
  429: 'rate_limited',
};

/** The body as JSON, or `undefined` when it is empty or not JSON. */
export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The problem+json fields of an error body, or nothing when it is not problem+json. */
function readProblem(body: unknown): ReturnType<typeof problemSchema> {
  try {
    return problemSchema(body, '$');
  } catch {
    return {};
  }
}

/** The stable server-side `code` of an error body, when it names one. */
export function problemCode(body: unknown): LoyaltyErrorCode | undefined {
  const { code } = readProblem(body);
  return LOYALTY_ERROR_CODES.find((known) => known === code && !CLIENT_CODES.has(known));
}

/** An error response as a {@link LoyaltyError}: its `code` when known, else one from the status. */
export function problemToError(label: string, status: number, body: unknown): LoyaltyError {
  const problem = readProblem(body);
  const code = problemCode(body) ?? BY_STATUS[status] ?? 'http_error';
  return new LoyaltyError(
    code,
    `${label}: ${problem.detail ?? problem.title ?? `HTTP ${status}`}`,
    {
      status,
    },
  );
}
