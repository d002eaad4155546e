import {
  type Customer,
  LOYALTY_ERROR_CODES,
  type LoyaltyBackend,
  LoyaltyError,
  type LoyaltyErrorCode,
  type Program,
  type RequestOptions,
} from '@loyaltykit/core';
import { customerSchema, problemSchema, programSchema } from './contract-schemas.ts';
import type { Schema } from './schema.ts';

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /** Base URL of the Storefront API, without `/v1`: `https://loyalty.example.com`. */
  apiUrl: string;
  /** The programme's publishable key (`pk_live_…`), safe to expose in a page. */
  publishableKey: string;
  /** Short-lived customer JWT minted by the merchant's server; absent for guests. */
  customerToken?: string;
  /** `fetch` to use; defaults to the global one. Tests and the demo inject their own. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned with a `timeout` error. Default 8000. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 8000;

/**
 * The {@link LoyaltyBackend} for any server implementing the Storefront API
 * (`packages/client/openapi.yaml`). Every response is validated; anything
 * unexpected becomes a typed {@link LoyaltyError}, never a crash downstream.
 *
 * @example
 * ```ts
 * const backend = createHttpBackend({
 *   apiUrl: 'https://loyalty.example.com',
 *   publishableKey: 'pk_live_123',
 *   customerToken: jwtFromYourServer,
 * });
 * const customer = await backend.getCustomer(); // null for a guest
 * ```
 */
export function createHttpBackend(options: HttpBackendOptions): LoyaltyBackend {
  const base = options.apiUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function get<T>(path: string, schema: Schema<T>, request: RequestOptions = {}): Promise<T> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'X-Publishable-Key': options.publishableKey,
    };
    if (options.customerToken) headers.Authorization = `Bearer ${options.customerToken}`;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onCallerAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onCallerAbort, { once: true });
    // An already-aborted signal never fires 'abort' again.
    if (request.signal?.aborted) controller.abort();

    let response: Response;
    let text: string;
    try {
      const { signal } = controller;
      response = await untilAborted(doFetch(`${base}${path}`, { headers, signal }), signal);
      // The body is part of the request: a server that stalls mid-body times out too.
      text = await untilAborted(response.text(), signal);
    } catch (cause) {
      const timedOut = controller.signal.aborted && !request.signal?.aborted;
      throw timedOut
        ? new LoyaltyError('timeout', `GET ${path} took longer than ${timeoutMs} ms`, { cause })
        : new LoyaltyError('network_error', `GET ${path} failed: no response`, { cause });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onCallerAbort);
    }

    const body = parseJson(text);
    if (!response.ok) throw problemToError(path, response.status, body);
    try {
      return schema(body, '$');
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new LoyaltyError(
        'invalid_response',
        `GET ${path} returned an unexpected body (${reason})`,
        {
          status: response.status,
          cause,
        },
      );
    }
  }

  return {
    getProgram: (request) => get<Program>('/v1/program', programSchema, request),
    getCustomer: (request) =>
      options.customerToken
        ? get<Customer>('/v1/me', customerSchema, request)
        : Promise.resolve(null),
  };
}

/**
 * `promise`, or a rejection as soon as `signal` aborts: an injected `fetch` (the
 * in-page demo, a merchant's wrapper) or a mocked body stream may ignore the signal.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // Always settle through `promise` too, so its own rejection is never unhandled.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    if (signal.aborted) onAbort();
  });
}

/** The body as JSON, or `undefined` when it is empty or not JSON. */
function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function problemToError(path: string, status: number, body: unknown): LoyaltyError {
  let problem: ReturnType<typeof problemSchema> = {};
  try {
    problem = problemSchema(body, '$');
  } catch {
    // Not problem+json (a proxy's HTML error page, say): fall back to the status alone.
  }
  const known = LOYALTY_ERROR_CODES.find((code) => code === problem.code);
  const code: LoyaltyErrorCode =
    known ?? (status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'http_error');
  const detail = problem.detail ?? problem.title ?? `HTTP ${status}`;
  return new LoyaltyError(code, `GET ${path}: ${detail}`, { status });
}
