import {
  type IdempotencyStore,
  KEY_RETENTION_MS,
  type KeyClaim,
  type StoredResponse,
  storageKey,
} from './store.ts';

/** The part of a Durable Object namespace binding the store uses. */
export interface DurableObjectNamespaceLike {
  idFromName(name: string): unknown;
  get(id: never): { fetch(url: string, init: RequestInit): Promise<Response> };
}

/** The part of a Durable Object's state the store uses. */
export interface DurableObjectStateLike {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    deleteAll(): Promise<void>;
    setAlarm(scheduledTime: number): Promise<void>;
  };
}

type Held =
  | { state: 'pending'; fingerprint: string; owner: string; until: number }
  | ({ state: 'done'; until: number } & StoredResponse);

type Command =
  | { op: 'claim'; fingerprint: string; owner: string; inFlightMs: number }
  | { op: 'complete'; owner: string; status: number; body: unknown; retentionMs: number }
  | { op: 'release'; owner: string };

type Answer =
  | { status: 'new' }
  | { status: 'in_progress' }
  | { status: 'reused' }
  | { status: 'replay'; response: StoredResponse };

/**
 * The Durable Object behind {@link createDurableObjectStore}: one object per
 * idempotency key. Workers runs one request at a time per object and storage
 * calls without other I/O between them are atomic, so a claim is atomic
 * across every isolate and data centre. An alarm deletes the key after its
 * retention. Export it from the worker and bind it (see the README).
 */
export class IdempotencyObject {
  readonly #state: DurableObjectStateLike;

  constructor(state: DurableObjectStateLike) {
    this.#state = state;
  }

  async fetch(request: Request): Promise<Response> {
    const command = (await request.json()) as Command;
    const { storage } = this.#state;
    const now = Date.now();
    const found = await storage.get<Held>('held');
    const held = found && found.until > now ? found : undefined;
    const own = held?.state === 'pending' && held.owner === command.owner;
    switch (command.op) {
      case 'claim': {
        if (!held) {
          const until = now + command.inFlightMs;
          await storage.put('held', {
            state: 'pending',
            fingerprint: command.fingerprint,
            owner: command.owner,
            until,
          } satisfies Held);
          await storage.setAlarm(until);
          return Response.json({ status: 'new' } satisfies Answer);
        }
        if (held.fingerprint !== command.fingerprint)
          return Response.json({ status: 'reused' } satisfies Answer);
        if (held.state === 'pending')
          return Response.json({ status: 'in_progress' } satisfies Answer);
        const { state: _, until: __, ...response } = held;
        return Response.json({ status: 'replay', response } satisfies Answer);
      }
      case 'complete':
        if (own) {
          const until = now + command.retentionMs;
          await storage.put('held', {
            state: 'done',
            fingerprint: held.fingerprint,
            status: command.status,
            body: command.body,
            storedAt: now,
            until,
          } satisfies Held);
          await storage.setAlarm(until);
        }
        return new Response(null, { status: 204 });
      case 'release':
        if (own) await storage.deleteAll();
        return new Response(null, { status: 204 });
    }
  }

  /** The key's time is up: forget it. */
  async alarm(): Promise<void> {
    const held = await this.#state.storage.get<Held>('held');
    if (held && held.until <= Date.now()) await this.#state.storage.deleteAll();
  }
}

/** How long a Durable Object store keeps keys. */
export interface DurableObjectStoreOptions {
  /** How long a response is replayed, in ms; at least 24 h. Default 24 h. */
  retentionMs?: number;
  /** How long a claim may stay in flight before the key is free again, in ms. Default 60 s. */
  inFlightMs?: number;
}

/**
 * An idempotency store for Cloudflare Workers, in the {@link IdempotencyObject}
 * Durable Object bound as `namespace`.
 *
 * @example
 * ```ts
 * createGateway({ connector, keys, idempotency: createDurableObjectStore(env.IDEMPOTENCY) });
 * ```
 */
export function createDurableObjectStore(
  namespace: DurableObjectNamespaceLike,
  options: DurableObjectStoreOptions = {},
): IdempotencyStore {
  const retentionMs = Math.max(options.retentionMs ?? KEY_RETENTION_MS, KEY_RETENTION_MS);
  const inFlightMs = options.inFlightMs ?? 60_000;
  return {
    async claim(request): Promise<KeyClaim> {
      const object = namespace.get(namespace.idFromName(storageKey(request)) as never);
      const send = async (command: Command) => {
        const response = await object.fetch('https://idempotency/', {
          method: 'POST',
          body: JSON.stringify(command),
        });
        if (!response.ok) throw new Error(`Idempotency object answered ${response.status}`);
        return response;
      };
      const owner = crypto.randomUUID();
      const answer = (await (
        await send({ op: 'claim', fingerprint: request.fingerprint, owner, inFlightMs })
      ).json()) as Answer;
      if (answer.status !== 'new') return answer;
      return {
        status: 'new',
        async complete(status, body) {
          await send({ op: 'complete', owner, status, body, retentionMs });
        },
        async release() {
          await send({ op: 'release', owner });
        },
      };
    },
  };
}
