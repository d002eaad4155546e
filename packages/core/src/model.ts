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

/** A customer read that the backend refused for the token: a guest, not an error. */
export const readGuestAsNull = (reason: unknown) => {
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
  /** The backend this model loads from; feature flows act through `callForShopper`. */
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
   * view. The programme does not depend on the shopper and is kept, unless
   * `reloadProgram` (a backend for another language: the programme's texts
   * change). Calls still running for the previous shopper are dropped (see
   * `callForShopper`).
   */
  useBackend(backend: LoyaltyBackend, reloadProgram?: boolean): Promise<void>;
  /**
   * Fetches programme and customer, in one round trip when the backend has
   * `bootstrap`; concurrent calls share one load. Never rejects.
   */
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
 * What a model may start with, before its first load: a programme kept from
 * an earlier page view (the HTTP client's `cachedProgram()`), and the
 * customer kept for the same shopper (`cachedCustomer()`), or `null` for a
 * shopper known to be a guest (no token). Widgets then paint at once;
 * `load()` still revalidates both.
 */
export interface ModelSeed {
  program?: Program;
  customer?: Customer | null;
}

/**
 * Creates the model over any {@link LoyaltyBackend}, optionally seeded
 * ({@link ModelSeed}).
 *
 * @example
 * ```ts
 * const backend = createHttpBackend({ apiUrl, publishableKey, storage: sessionStorage });
 * const model = createLoyaltyModel(backend, { program: backend.cachedProgram(), customer: null });
 * await model.load();
 * model.customer.value?.balance.available;
 * ```
 */
export function createLoyaltyModel(
  initialBackend: LoyaltyBackend,
  seed: ModelSeed = {},
): LoyaltyModel {
  let backend = initialBackend;
  const program = signal<Program | undefined>(seed.program);
  const customer = signal<Customer | null | undefined>(seed.customer);
  const error = signal<LoyaltyError | undefined>(undefined);
  const loading = signal(false);
  const panelOpen = signal(false);
  const panelPage = signal<PanelPage>('home');
  const identity = signal(0);
  let inFlight: Promise<void> | undefined;

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
      const [nextProgram, nextCustomer] = await (withProgram && from.bootstrap
        ? from.bootstrap({ signal }).then(
            (both) => [both.program, both.customer] as const,
            (reason) => {
              // A rejected or expired token must not hide the programme: show the guest view.
              readGuestAsNull(reason);
              return from.getProgram({ signal }).then((loaded) => [loaded, null] as const);
            },
          )
        : Promise.all([
            withProgram ? from.getProgram({ signal }) : program.peek(),
            from.getCustomer({ signal }).catch(readGuestAsNull),
          ]));
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
    useBackend(next, reloadProgram) {
      backend = next;
      batch(() => {
        customer.value = undefined;
        identity.value++;
      });
      // A load for the old identity may still be running: its answer is ignored (see fetchAll).
      inFlight = undefined;
      return start(reloadProgram || !program.peek());
    },
    load,
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
