import { batch, computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { LoyaltyBackend } from './backend.ts';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import type { Customer, Program } from './types.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The panel's pages, each addressable: `LoyaltyKit.open('redeem')`, `?loyalty=redeem`. */
export const PANEL_PAGES = [
  'home',
  'earn',
  'redeem',
  'rewards',
  'vip',
  'referral',
  'activity',
] as const;
export type PanelPage = (typeof PANEL_PAGES)[number];

/** Customer failures that mean "not signed in (any more)": the guest view, not an error. */
const GUEST_FALLBACK_CODES: ReadonlySet<string> = new Set(['unauthorized', 'token_expired']);

/** Pauses before each attempt of {@link LoyaltyModel.reloadCustomer}: about 7 s in all. */
export const RELOAD_DELAYS_MS = [0, 1000, 2000, 4000] as const;

/** Failures after which asking again, a moment later, may get an answer. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'network_error',
  'timeout',
  'http_error',
  'rate_limited',
  'request_in_progress',
]);

const identityChanged = () =>
  new LoyaltyError('identity_changed', 'The shopper changed before the call settled');

const readGuestAsNull = (reason: unknown) => {
  if (isLoyaltyError(reason) && GUEST_FALLBACK_CODES.has(reason.code)) return null;
  throw reason;
};

/**
 * Reactive state shared by every widget on a page: the programme, the
 * customer and the panel. Widgets read it; only the model talks to the backend.
 */
export interface LoyaltyModel {
  readonly program: ReadonlySignal<Program | undefined>;
  /** `undefined` until known, `null` for a guest. */
  readonly customer: ReadonlySignal<Customer | null | undefined>;
  readonly status: ReadonlySignal<LoadStatus>;
  readonly error: ReadonlySignal<LoyaltyError | undefined>;
  /** Whether the panel is open. */
  readonly panelOpen: ReadonlySignal<boolean>;
  /** The page the panel shows (kept while it is closed, so it reopens where the shopper was). */
  readonly panelPage: ReadonlySignal<PanelPage>;
  /** The backend this model loads from; feature flows act through {@link LoyaltyModel.call}. */
  readonly backend: LoyaltyBackend;
  /**
   * Which shopper the page is for: 0 at first, one more at every
   * {@link LoyaltyModel.useBackend}. Widgets key their own state on it
   * (a chosen reward, a code on screen, a message), so nothing of one
   * shopper is left for the next.
   */
  readonly identity: ReadonlySignal<number>;
  /**
   * Switches to another backend (a shopper signed in or out without a page
   * load) and loads the new customer: every widget shows them, or the guest
   * view. The programme does not depend on the shopper and is kept. Calls
   * still running for the previous shopper are dropped (see `call`).
   */
  useBackend(backend: LoyaltyBackend): Promise<void>;
  /**
   * Runs a backend call for the current shopper. If the shopper changes
   * before it settles, its outcome is dropped: the promise rejects with an
   * `identity_changed` LoyaltyError, so no event fires and no state changes.
   */
  call<T>(run: (backend: LoyaltyBackend) => Promise<T>): Promise<T>;
  /**
   * Re-reads the signed-in customer, trying again a few times over a few
   * seconds while the backend cannot be reached: after a points-changing call
   * that ended without a definite answer (a lost response), or that the
   * backend refused because this page's numbers were stale (another tab spent
   * the points), so the balance shown becomes the server's. Concurrent calls
   * share one reload. Never rejects.
   */
  reloadCustomer(): Promise<void>;
  /** Fetches programme and customer; concurrent calls share one load. Never rejects. */
  load(): Promise<void>;
  /** Opens the panel, on `page` when given. */
  openPanel(page?: PanelPage): void;
  /** Moves the open panel to another page. */
  showPage(page: PanelPage): void;
  closePanel(): void;
  /**
   * Applies a change the backend confirmed (a new balance, an issued code) to
   * the signed-in customer, so every widget on the page shows it at once.
   * Does nothing for a guest.
   */
  updateCustomer(update: (customer: Customer) => Customer): void;
}

/**
 * Creates the model over any {@link LoyaltyBackend}.
 *
 * @example
 * ```ts
 * const model = createLoyaltyModel(createHttpBackend({ apiUrl, publishableKey }));
 * await model.load();
 * model.customer.value?.balance.available;
 * ```
 */
export function createLoyaltyModel(initialBackend: LoyaltyBackend): LoyaltyModel {
  let backend = initialBackend;
  const program = signal<Program | undefined>(undefined);
  const customer = signal<Customer | null | undefined>(undefined);
  const error = signal<LoyaltyError | undefined>(undefined);
  const loading = signal(false);
  const panelOpen = signal(false);
  const panelPage = signal<PanelPage>('home');
  const identity = signal(0);
  let inFlight: Promise<void> | undefined;
  let reloading: Promise<void> | undefined;

  const status = computed<LoadStatus>(() => {
    if (loading.value) return 'loading';
    if (error.value) return 'error';
    return program.value ? 'ready' : 'idle';
  });

  async function fetchAll(withProgram: boolean): Promise<void> {
    const from = backend;
    // A load that fails stops its other request too, so the next load starts afresh
    // instead of waiting on what this one left behind.
    const controller = new AbortController();
    const { signal } = controller;
    loading.value = true;
    try {
      const [nextProgram, nextCustomer] = await Promise.all([
        withProgram ? from.getProgram({ signal }) : program.peek(),
        // A rejected or expired token must not hide the programme: show the guest view.
        from.getCustomer({ signal }).catch(readGuestAsNull),
      ]);
      // Answers for an identity the page has since left are dropped.
      if (from !== backend) return;
      batch(() => {
        program.value = nextProgram;
        customer.value = nextCustomer;
        error.value = undefined;
      });
    } catch (reason) {
      controller.abort();
      if (from !== backend) return;
      error.value = isLoyaltyError(reason)
        ? reason
        : new LoyaltyError('invalid_response', 'Unexpected failure while loading', {
            cause: reason,
          });
    } finally {
      if (from === backend) loading.value = false;
    }
  }

  function start(withProgram: boolean): Promise<void> {
    if (!inFlight) {
      const started: Promise<void> = fetchAll(withProgram).finally(() => {
        if (inFlight === started) inFlight = undefined;
      });
      inFlight = started;
    }
    return inFlight;
  }
  const load = () => start(true);

  function call<T>(run: (backend: LoyaltyBackend) => Promise<T>): Promise<T> {
    const from = identity.peek();
    const settle = <V>(outcome: () => V): V => {
      if (identity.peek() !== from) throw identityChanged();
      return outcome();
    };
    let running: Promise<T>;
    try {
      running = run(backend);
    } catch (reason) {
      running = Promise.reject(reason);
    }
    return running.then(
      (value) => settle(() => value),
      (reason: unknown) =>
        settle(() => {
          throw reason;
        }),
    );
  }

  async function reread(): Promise<void> {
    const from = identity.peek();
    // A guest has no balance to correct; a shopper not known yet is being loaded anyway.
    if (!customer.peek()) return;
    for (const pause of RELOAD_DELAYS_MS) {
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
      if (identity.peek() !== from) return;
      try {
        const next = await call((b) => b.getCustomer().catch(readGuestAsNull));
        customer.value = next;
        return;
      } catch (reason) {
        // Only a backend that cannot answer now is worth asking again.
        if (!isLoyaltyError(reason) || !TRANSIENT_CODES.has(reason.code)) return;
      }
    }
  }

  return {
    program,
    customer,
    status,
    error,
    panelOpen,
    panelPage,
    identity,
    get backend() {
      return backend;
    },
    useBackend(next) {
      backend = next;
      batch(() => {
        customer.value = undefined;
        identity.value++;
      });
      // A load for the old identity may still be running: its answer is ignored (see fetchAll).
      inFlight = undefined;
      reloading = undefined;
      return start(!program.peek());
    },
    load,
    call,
    reloadCustomer() {
      if (!reloading) {
        const started: Promise<void> = reread().finally(() => {
          if (reloading === started) reloading = undefined;
        });
        reloading = started;
      }
      return reloading;
    },
    openPanel(page) {
      batch(() => {
        if (page) panelPage.value = page;
        panelOpen.value = true;
      });
    },
    showPage(page) {
      panelPage.value = page;
    },
    closePanel() {
      panelOpen.value = false;
    },
    updateCustomer(update) {
      const current = customer.peek();
      if (current) customer.value = update(current);
    },
  };
}
