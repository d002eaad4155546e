/** How to reach one Voucherify project with its server-side keys. */
export interface VoucherifyCredentials {
  /** `https://api.voucherify.io`, or your cluster's (`https://us1.api.voucherify.io`). */
  apiUrl: string;
  /** The project's Application ID (`X-App-Id`). */
  appId: string;
  /** The project's Secret Key (`X-App-Token`): server-side only, never in a browser. */
  secretKey: string;
  /** Milliseconds before a call is abandoned. Default 10 000. */
  timeoutMs?: number;
  /** Default the global `fetch`. */
  fetch?: typeof fetch;
}

/** A Voucherify answer that was not a success: its status and `Error` object (`key`, `message`). */
export class VoucherifyError extends Error {
  override readonly name = 'VoucherifyError';
  constructor(
    message: string,
    readonly status: number,
    readonly key: string | undefined,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

/** Calls the Voucherify API: JSON in and out, the two key headers, a timeout. */
export interface VoucherifyHttp {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body: unknown, query?: Query): Promise<T>;
}

/** A Voucherify API caller for one project. */
export function voucherifyHttp(credentials: VoucherifyCredentials): VoucherifyHttp {
  const base = credentials.apiUrl.replace(/\/+$/, '');
  const send = credentials.fetch ?? fetch;
  async function call<T>(method: string, path: string, query: Query = {}, body?: unknown) {
    const url = new URL(`${base}${path}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const response = await send(url, {
      method,
      headers: {
        'X-App-Id': credentials.appId,
        'X-App-Token': credentials.secretKey,
        Accept: 'application/json',
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(credentials.timeoutMs ?? 10_000),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed ?? {}) as { key?: unknown; message?: unknown; details?: unknown };
      const detail = [error.message, error.details].filter((p) => typeof p === 'string').join(': ');
      throw new VoucherifyError(
        `Voucherify answered ${method} ${path} with ${response.status}${detail ? ` (${detail})` : ''}`,
        response.status,
        typeof error.key === 'string' ? error.key : undefined,
      );
    }
    if (parsed === undefined) {
      throw new VoucherifyError(
        `Voucherify answered ${method} ${path} without JSON`,
        502,
        undefined,
      );
    }
    return parsed as T;
  }
  return {
    get: (path, query) => call('GET', path, query),
    post: (path, body, query) => call('POST', path, query, body),
  };
}
