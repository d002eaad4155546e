import {
  type Bootstrap,
  type Customer,
  isLoyaltyError,
  type LoyaltyBackend,
  LoyaltyError,
  type Program,
  type RequestOptions,
} from '@loyaltykit/core';
import { RESPONSE_SCHEMAS } from './contract-schemas.ts';
import { createCustomerCache, tokenSubject } from './customer-cache.ts';
import { fetchOnce, type Reply } from './fetch-once.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { toJson } from './json-body.ts';
import { OPERATIONS, type OperationId } from './operations.ts';
import { parseJson, problemCode, problemToError } from './problem.ts';
import { createProgramCache, type ProgramStorage } from './program-cache.ts';
import {
  DEFAULT_RETRY,
  isTransientStatus,
  type RetryOptions,
  sleep,
  withRetries,
} from './retry.ts';
import { type Infer, parse, type Schema } from './schema.ts';
import { createSingleFlight } from './single-flight.ts';
import { createTokenSource, type TokenProvider } from './token-source.ts';

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /** Base URL of the Storefront API, without `/v1`: `https://loyalty.example.com`. */
  apiUrl: string;
  /** The programme's publishable key (`pk_live_…`), safe to expose in a page. */
  publishableKey: string;
  /** Short-lived customer JWT minted by the merchant's server; absent for guests. */
  customerToken?: string;
  /**
   * Called for a customer token when there is none yet, and again when the
   * server answers `token_expired` (the request is then repeated once).
   */
  tokenProvider?: TokenProvider;
  /**
   * The shopper's language as a BCP 47 tag (`ar-EG`), sent as
   * `Accept-Language` so a backend with the programme in several languages
   * answers its texts (names, titles, descriptions) in the closest one.
   */
  locale?: string;
  /** `fetch` to use; defaults to the global one. Tests and the demo inject their own. */
  fetch?: typeof fetch;
  /** Milliseconds before one attempt is abandoned with a `timeout` error. Default 8000. */
  timeoutMs?: number;
  /** Retry policy of GETs, DELETEs and keyed POSTs. */
  retry?: RetryOptions;
  /** Source of backoff jitter in [0, 1). Default `Math.random`; tests pin it. */
  random?: () => number;
  /** Waits between retries. Default a `setTimeout` that ends on abort; tests make it instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Where the last programme and its ETag outlive the page, so the next page
   * view has it at once ({@link HttpBackend.cachedProgram}) and its
   * bootstrap leaves it out while it is current: the script tag passes
   * `sessionStorage`. Also where {@link HttpBackend.keepCustomer} keeps the
   * customer for the next page view. Default none (kept in this backend's
   * memory). Storage that throws, is full or holds anything else is ignored.
   */
  storage?: ProgramStorage;
}

/** The {@link LoyaltyBackend} of {@link createHttpBackend}, with the programme it holds. */
export interface HttpBackend extends LoyaltyBackend {
  bootstrap(options?: RequestOptions): Promise<Bootstrap>;
  /**
   * The programme this API last sent for this publishable key, from memory or
   * from `storage` (validated again), or `undefined`: synchronous, so a page
   * can paint with it in its first frame. `bootstrap` then names its ETag in
   * `X-Program-ETag` and, while it is current, resolves with this very object
   * (as `getProgram` does when the answer has its ETag). Treat it as read-only.
   */
  cachedProgram(): Program | undefined;
  /**
   * The customer {@link keepCustomer} kept in `storage` for the subject
   * (`sub`) of this backend's `customerToken`, validated again, or
   * `undefined`: synchronous, so the next page view of a visit can paint the
   * shopper's numbers in its first frame, until its bootstrap answers.
   */
  cachedCustomer(): Customer | undefined;
  /**
   * Keeps `customer` (as a page shows it now, after its own updates) for the
   * next page view, under the subject of the token in use; `null` (a guest)
   * or a backend without a token empties what was kept.
   */
  keepCustomer(customer: Customer | null): void;
}

const DEFAULT_TIMEOUT_MS = 8000;

/** What a successful call of operation `K` resolves to. */
type Result<K extends OperationId> = Infer<(typeof RESPONSE_SCHEMAS)[K]>;

/** One call of an operation, before it goes on the wire. */
interface Call<K extends OperationId> {
  op: K;
  /** Path with its `{id}` filled in and its query string. */
  path: string;
  /** Whether the customer token must, may or must not be sent. */
  auth: 'required' | 'optional' | 'none';
  body?: unknown;
  idempotencyKey?: string;
  /** `X-Program-ETag`: the ETag of the programme we hold (bootstrap only). */
  programEtag?: string;
}

/**
 * The {@link LoyaltyBackend} for any server implementing the Storefront API
 * (`packages/client/openapi.yaml`). Every response is validated; anything
 * unexpected becomes a typed {@link LoyaltyError}, never a crash downstream.
 * Each attempt has a timeout; GETs, DELETEs and keyed POSTs are retried with
 * capped, jittered backoff; identical concurrent GETs share one request; the
 * programme is kept (across page views with `storage`) with its `ETag`;
 * `bootstrap` loads programme and customer in one request, without the
 * programme while the one kept is current (or in two requests, from an API
 * without it); an expired customer token is refreshed through `tokenProvider`.
 *
 * @example
 * ```ts
 * const backend = createHttpBackend({
 *   apiUrl: 'https://loyalty.example.com',
 *   publishableKey: 'pk_live_123',
 *   tokenProvider: () => fetch('/apps/loyalty/token').then((r) => r.text()),
 * });
 * const customer = await backend.getCustomer(); // null for a guest
 * const { redemption } = await backend.redeem({
 *   rewardId: 'rw_5off',
 *   idempotencyKey: crypto.randomUUID(), // one per click, reused by every retry
 * });
 * ```
 */
export function createHttpBackend(options: HttpBackendOptions): HttpBackend {
  const base = options.apiUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? sleep;
  const tokens = createTokenSource(options.customerToken, options.tokenProvider);
  const share = createSingleFlight();
  /** Sent with every request; the programme may differ by any of them, so they key its cache. */
  const common: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Publishable-Key': options.publishableKey,
  };
  // The programme's texts are in this language: one cached per language.
  if (options.locale) common['Accept-Language'] = options.locale;
  const cacheKey = `${base} ${JSON.stringify(common)}`;
  const programs = createProgramCache(
    cacheKey,
    (stored) => parse(RESPONSE_SCHEMAS.getProgram, stored)[0],
    options.storage,
  );
  const customers = createCustomerCache(
    cacheKey,
    (stored) => parse(RESPONSE_SCHEMAS.getCustomer, stored)[0],
    options.storage,
  );
  /** Set once the API answered that it has no `/v1/bootstrap` (a Storefront API before 1.2.0). */
  let withoutBootstrap = false;

  /** Sends a call, retrying while that is safe and useful; returns the last reply. */
  async function exchange(
    call: Call<OperationId>,
    label: string,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Reply> {
    const { method } = OPERATIONS[call.op];
    const headers = { ...common };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    // Never If-None-Match: a script-set conditional header turns the browser's HTTP cache
    // off for the request (Fetch: cache mode no-store), and Chromium's preflight cache with
    // it, so every page view would pay a preflight before its first request.
    if (call.programEtag) headers['X-Program-ETag'] = call.programEtag;
    // Serialised once: every retry of a keyed request must carry the very same body.
    const body = call.body === undefined ? undefined : toJson(call.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // Repeating these cannot do anything twice: reads, cancels (the contract makes a
    // second cancel a replay) and requests the server deduplicates by their key.
    const repeatable = method === 'GET' || method === 'DELETE' || !!call.idempotencyKey;

    return withRetries(
      () =>
        fetchOnce(
          options.fetch ?? globalThis.fetch,
          base + call.path,
          { method, headers, body },
          timeoutMs,
          label,
          signal,
        ),
      { repeatable, policy, random, wait, signal, transient: isTransient },
    );
  }

  async function perform<K extends OperationId>(
    call: Call<K>,
    signal: AbortSignal | undefined,
  ): Promise<Result<K>> {
    const label = `${OPERATIONS[call.op].method} ${call.path}`;
    let token = call.auth === 'none' ? undefined : await tokens.current();
    if (call.auth === 'required' && !token) {
      throw new LoyaltyError('unauthorized', `${label}: no customer token`);
    }
    let reply = await exchange(call, label, token, signal);
    if (
      token &&
      tokens.canRefresh &&
      reply.status === 401 &&
      problemCode(parseJson(reply.text)) === 'token_expired'
    ) {
      token = await tokens.refresh(token);
      if (token) reply = await exchange(call, label, token, signal);
    }
    return read(call, label, reply);
  }

  /** The reply's validated body, or the typed error it stands for. */
  function read<K extends OperationId>(call: Call<K>, label: string, reply: Reply): Result<K> {
    const { status } = reply;
    // This client sends no conditional header: a 304 has no body to read, invalid_response below.
    const body = status === 304 ? undefined : parseJson(reply.text);
    if (status === 0 || (status > 299 && status < 400 && status !== 304)) {
      throw new LoyaltyError(
        'http_error',
        `${label}: redirected; API requests never follow redirects`,
        {
          status: status || undefined,
        },
      );
    }
    if (status !== 304 && (status < 200 || status > 299)) {
      throw problemToError(label, status, body);
    }
    let value: Result<K>;
    let dropped: string[];
    try {
      [value, dropped] = parse(RESPONSE_SCHEMAS[call.op] as Schema<Result<K>>, body);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new LoyaltyError(
        'invalid_response',
        `${label} returned an unexpected body (${reason})`,
        {
          status,
          cause,
        },
      );
    }
    // One warning per response, however much a newer (or broken) backend sent that this client cannot read.
    if (dropped.length)
      console.warn(`[LoyaltyKit] ${label}: ignored what this client cannot read`, dropped);
    return status === 200 ? remember(call, reply, value) : value;
  }

  /**
   * Keeps a programme sent with its ETag. While the ETag is the one we hold,
   * the answer carries the held object itself (a bootstrap left it out), so a
   * page that painted with it renders nothing again.
   */
  function remember<K extends OperationId>(
    call: Call<K>,
    reply: Reply,
    value: Result<K>,
  ): Result<K> {
    const bootstrap = call.op === 'bootstrap';
    if (!bootstrap && call.op !== 'getProgram') return value;
    const answer = bootstrap
      ? (value as Result<'bootstrap'>)
      : { program: value as Program, programEtag: reply.headers.get('ETag') };
    const held = programs.get();
    if (held && answer.programEtag === held.etag) {
      answer.program = held.program;
      // Held from GET /v1/program: from now on its bootstrap may name it.
      if (bootstrap && !held.bootstrap) programs.set({ ...held, bootstrap });
    } else if (answer.program && answer.programEtag) {
      programs.set({ etag: answer.programEtag, program: answer.program, bootstrap });
    }
    return (bootstrap ? answer : answer.program) as Result<K>;
  }

  /** Runs a call for one caller; rejects only with a LoyaltyError. */
  function run<K extends OperationId>(
    call: Call<K>,
    signal: AbortSignal | undefined,
  ): Promise<Result<K>> {
    const attempt = signal?.aborted
      ? Promise.reject<Result<K>>(signal.reason)
      : OPERATIONS[call.op].method === 'GET'
        ? share(call.path, (shared) => perform(call, shared), signal)
        : perform(call, signal);
    return attempt.catch((error: unknown) => {
      if (isLoyaltyError(error)) throw error;
      // What is left is the caller's abort reason (or a bug): no usable answer came back.
      throw new LoyaltyError(
        'network_error',
        `${OPERATIONS[call.op].method} ${call.path}: ${signal?.aborted ? 'aborted' : 'failed'}`,
        { cause: error },
      );
    });
  }

  // Unconditional: in a browser the HTTP cache revalidates it (Cache-Control and ETag)
  // without the preflight a script-set If-None-Match would cost on every page view.
  const getProgram: HttpBackend['getProgram'] = (request) =>
    run({ op: 'getProgram', path: OPERATIONS.getProgram.path, auth: 'none' }, request?.signal);

  const getCustomer: HttpBackend['getCustomer'] = async (request) =>
    (await tokens.current())
      ? run(
          { op: 'getCustomer', path: OPERATIONS.getCustomer.path, auth: 'required' },
          request?.signal,
        )
      : null;

  return {
    getProgram,
    getCustomer,

    async bootstrap(request) {
      if (!withoutBootstrap) {
        try {
          const held = programs.get();
          const { program, customer } = await run(
            {
              op: 'bootstrap',
              path: OPERATIONS.bootstrap.path,
              auth: 'optional',
              // Only to an API whose bootstrap named it: an older API's preflight refuses the header.
              programEtag: held?.bootstrap ? held.etag : undefined,
            },
            request?.signal,
          );
          if (program) return { program, customer };
          throw new LoyaltyError('invalid_response', 'GET /v1/bootstrap: no programme');
        } catch (error) {
          if (!isLoyaltyError(error) || (error.status !== 404 && error.status !== 405)) throw error;
          withoutBootstrap = true;
        }
      }
      // An API without it (before 1.2.0) answers the same in two requests.
      const [program, customer] = await Promise.all([getProgram(request), getCustomer(request)]);
      return { program, customer };
    },

    cachedProgram: () => programs.get()?.program,
    cachedCustomer: () => customers.get(tokenSubject(options.customerToken)),
    keepCustomer: (customer) => customers.set(tokenSubject(tokens.latest()), customer),

    getActivity: (cursor, request) =>
      run(
        {
          op: 'getActivity',
          path: cursor ? `/v1/me/activity?cursor=${encodeURIComponent(cursor)}` : '/v1/me/activity',
          auth: 'required',
        },
        request?.signal,
      ),

    redeem: ({ rewardId, points, cart, idempotencyKey }, request) =>
      run(
        {
          op: 'redeem',
          path: OPERATIONS.redeem.path,
          auth: 'required',
          body: { rewardId, points, cart },
          idempotencyKey,
        },
        request?.signal,
      ),

    cancelRedemption: (redemptionId, request) =>
      run(
        {
          op: 'cancelRedemption',
          path: OPERATIONS.cancelRedemption.path.replace('{id}', encodeURIComponent(redemptionId)),
          auth: 'required',
        },
        request?.signal,
      ),

    claimAction: (ruleId, request) =>
      run(
        {
          op: 'claimAction',
          path: OPERATIONS.claimAction.path,
          auth: 'required',
          body: { ruleId },
          // One key per claim, so a retry after a lost response cannot award the points twice.
          idempotencyKey: newIdempotencyKey(),
        },
        request?.signal,
      ),

    setBirthday: ({ month, day }, request) =>
      run(
        {
          op: 'setBirthday',
          path: OPERATIONS.setBirthday.path,
          auth: 'required',
          body: { month, day },
        },
        request?.signal,
      ),

    quote: (cart, request) =>
      run(
        // The token is optional here: with it, the quote includes the member's tier multiplier.
        {
          op: 'quote',
          path: OPERATIONS.quote.path,
          auth: 'optional',
          body: cart,
        },
        request?.signal,
      ),
  };
}

/** Whether an attempt failed in a way another attempt may not: no answer, or a passing failure. */
function isTransient(reply: Reply | undefined): boolean {
  if (!reply) return true;
  if (isTransientStatus(reply.status)) return true;
  // The first request with this key is still running (its answer was lost on the way
  // to us): once it completes, the server replays its answer to the same key.
  return reply.status === 409 && problemCode(parseJson(reply.text)) === 'request_in_progress';
}
