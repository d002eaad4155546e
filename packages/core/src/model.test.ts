import { describe, expect, it, vi } from 'vitest';
import type { Bootstrap } from './backend.ts';
import { LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import { customer, deferred, fakeBackend, program } from './testing/scripted-backend.ts';
import type { Program } from './types.ts';

describe('createLoyaltyModel', () => {
  it('starts idle with nothing known', () => {
    const model = createLoyaltyModel(fakeBackend());
    expect(model.status.value).toBe('idle');
    expect(model.program.value).toBeUndefined();
    expect(model.customer.value).toBeUndefined();
    expect(model.panelOpen.value).toBe(false);
  });

  it('a seeded model (a kept programme, a known guest) is ready before its first load, which still revalidates', async () => {
    const kept: Program = { ...program, name: 'Kept Rewards' };
    const getProgram = vi.fn(async () => program);
    const model = createLoyaltyModel(fakeBackend({ getProgram, getCustomer: async () => null }), {
      program: kept,
      customer: null,
    });
    expect(model.status.value).toBe('ready');
    expect(model.program.value?.name).toBe('Kept Rewards');
    expect(model.customer.value).toBeNull();
    await model.load();
    expect(getProgram).toHaveBeenCalledTimes(1);
    expect(model.program.value?.name).toBe('Test Rewards');
  });

  it('load() sets the programme and the customer and becomes ready', async () => {
    const model = createLoyaltyModel(fakeBackend());
    const loading = model.load();
    expect(model.status.value).toBe('loading');
    await loading;
    expect(model.status.value).toBe('ready');
    expect(model.program.value?.name).toBe('Test Rewards');
    expect(model.customer.value?.balance.available).toBe(1250);
    expect(model.error.value).toBeUndefined();
  });

  it('a guest (customer null) is ready with customer null', async () => {
    const model = createLoyaltyModel(fakeBackend({ getCustomer: async () => null }));
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.customer.value).toBeNull();
    expect(model.program.value?.id).toBe('prg_test');
  });

  it('an unauthorized customer token falls back to the guest view', async () => {
    const model = createLoyaltyModel(
      fakeBackend({
        getCustomer: async () => {
          throw new LoyaltyError('unauthorized', 'bad token', { status: 401 });
        },
      }),
    );
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.customer.value).toBeNull();
    expect(model.program.value?.id).toBe('prg_test');
    expect(model.error.value).toBeUndefined();
  });

  it('an expired customer token does not hide the programme either', async () => {
    const model = createLoyaltyModel(
      fakeBackend({
        getCustomer: async () => {
          throw new LoyaltyError('token_expired', 'expired', { status: 401 });
        },
      }),
    );
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.customer.value).toBeNull();
    expect(model.program.value?.id).toBe('prg_test');
  });

  it('any other failure gives status error with the LoyaltyError, and never rejects', async () => {
    const failure = new LoyaltyError('http_error', 'GET /v1/program: HTTP 500', { status: 500 });
    const model = createLoyaltyModel(
      fakeBackend({
        getProgram: async () => {
          throw failure;
        },
      }),
    );
    await expect(model.load()).resolves.toBeUndefined();
    expect(model.status.value).toBe('error');
    expect(model.error.value).toBe(failure);
    expect(model.program.value).toBeUndefined();
  });

  it('a customer failure other than auth is an error too', async () => {
    const model = createLoyaltyModel(
      fakeBackend({
        getCustomer: async () => {
          throw new LoyaltyError('network_error', 'offline');
        },
      }),
    );
    await model.load();
    expect(model.status.value).toBe('error');
    expect(model.error.value?.code).toBe('network_error');
  });

  it('wraps a non-LoyaltyError failure into a LoyaltyError', async () => {
    const cause = new TypeError('boom');
    const model = createLoyaltyModel(
      fakeBackend({
        getProgram: async () => {
          throw cause;
        },
      }),
    );
    await model.load();
    expect(model.status.value).toBe('error');
    expect(model.error.value).toBeInstanceOf(LoyaltyError);
    expect(model.error.value?.cause).toBe(cause);
  });

  it('a later load() recovers from an error', async () => {
    let fail = true;
    const backend = fakeBackend({
      getProgram: async () => {
        if (fail) throw new LoyaltyError('timeout', 'slow');
        return structuredClone(program);
      },
    });
    const model = createLoyaltyModel(backend);
    await model.load();
    expect(model.status.value).toBe('error');

    fail = false;
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.error.value).toBeUndefined();
    expect(model.customer.value?.id).toBe('cus_1');
    expect(backend.getProgram).toHaveBeenCalledTimes(2);
  });

  it('concurrent load() calls share one backend call', async () => {
    const pending = deferred<Program>();
    const backend = fakeBackend({ getProgram: () => pending.promise });
    const model = createLoyaltyModel(backend);

    const first = model.load();
    const second = model.load();
    expect(second).toBe(first);
    expect(backend.getProgram).toHaveBeenCalledTimes(1);
    expect(backend.getCustomer).toHaveBeenCalledTimes(1);

    pending.resolve(structuredClone(program));
    await Promise.all([first, second]);
    expect(model.status.value).toBe('ready');

    // Once settled, the next load() asks the backend again.
    await model.load();
    expect(backend.getProgram).toHaveBeenCalledTimes(2);
  });

  it('openPanel and closePanel toggle panelOpen', () => {
    const model = createLoyaltyModel(fakeBackend());
    model.openPanel();
    expect(model.panelOpen.value).toBe(true);
    model.openPanel();
    expect(model.panelOpen.value).toBe(true);
    model.closePanel();
    expect(model.panelOpen.value).toBe(false);
  });

  it('opens the panel on a page and remembers it across close and reopen', () => {
    const model = createLoyaltyModel(fakeBackend());
    expect(model.panelPage.value).toBe('home');
    model.openPanel('redeem');
    expect(model.panelOpen.value).toBe(true);
    expect(model.panelPage.value).toBe('redeem');
    model.showPage('activity');
    model.closePanel();
    model.openPanel();
    expect(model.panelPage.value).toBe('activity');
  });

  it('switches identity without a page load: the new backend’s customer replaces the old one', async () => {
    const model = createLoyaltyModel(fakeBackend());
    await model.load();
    expect(model.customer.value?.firstName).toBe('Ana');
    const guest = fakeBackend({ getCustomer: async () => null });
    await model.useBackend(guest);
    expect(model.backend).toBe(guest);
    expect(model.customer.value).toBeNull();
    expect(model.status.value).toBe('ready');
  });

  it('keeps the programme across identities, and reloads it for a backend in another language', async () => {
    const model = createLoyaltyModel(fakeBackend());
    await model.load();
    const signedIn = fakeBackend();
    await model.useBackend(signedIn);
    expect(signedIn.getProgram).not.toHaveBeenCalled();
    const arabic = fakeBackend({ getProgram: async () => ({ ...program, name: 'مكافآت' }) });
    await model.useBackend(arabic, true);
    expect(arabic.getProgram).toHaveBeenCalledTimes(1);
    expect(model.program.value?.name).toBe('مكافآت');
    expect(model.customer.value?.firstName).toBe('Ana');
  });

  it('drops a late answer for the identity the page has left', async () => {
    let answerOld!: () => void;
    const slowOld = fakeBackend({
      getCustomer: () =>
        new Promise((resolve) => {
          answerOld = () => resolve(structuredClone(customer));
        }),
    });
    const model = createLoyaltyModel(slowOld);
    const oldLoad = model.load();
    await model.useBackend(fakeBackend({ getCustomer: async () => null }));
    answerOld();
    await oldLoad;
    expect(model.customer.value).toBeNull();
  });

  it('stops the customer request when the programme fails, so the next load starts afresh', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const model = createLoyaltyModel(
      fakeBackend({
        getProgram: async () => {
          throw new LoyaltyError('timeout', 'slow');
        },
        getCustomer: (options) => {
          signals.push(options?.signal);
          return new Promise(() => {});
        },
      }),
    );
    await model.load();
    expect(model.status.value).toBe('error');
    expect(signals[0]?.aborted).toBe(true);
  });

  it('keeps the programme across sign-ins and sign-outs: it does not depend on the shopper', async () => {
    const first = fakeBackend();
    const model = createLoyaltyModel(first);
    await model.load();
    const backends = Array.from({ length: 100 }, (_, i) =>
      fakeBackend(i % 2 ? {} : { getCustomer: async () => null }),
    );
    for (const next of backends) await model.useBackend(next);
    expect(first.getProgram).toHaveBeenCalledTimes(1);
    expect(backends.reduce((n, b) => n + b.getProgram.mock.calls.length, 0)).toBe(0);
    expect(model.customer.value?.firstName).toBe('Ana');
    expect(model.program.value?.name).toBe('Test Rewards');
  });

  it('still loads the programme when the page switched shopper before it ever had one', async () => {
    const model = createLoyaltyModel(fakeBackend({ getProgram: () => new Promise(() => {}) }));
    void model.load();
    const next = fakeBackend();
    await model.useBackend(next);
    expect(next.getProgram).toHaveBeenCalledTimes(1);
    expect(model.status.value).toBe('ready');
  });

  it('counts shopper changes in identity', async () => {
    const model = createLoyaltyModel(fakeBackend());
    expect(model.identity.value).toBe(0);
    await model.useBackend(fakeBackend());
    await model.useBackend(fakeBackend());
    expect(model.identity.value).toBe(2);
  });
});

describe('createLoyaltyModel over a backend with bootstrap', () => {
  /** The scripted backend, with a bootstrap that answers `answer` (default: programme and member). */
  const withBootstrap = (answer?: () => Promise<Bootstrap>) => ({
    ...fakeBackend(),
    bootstrap: vi.fn(
      answer ??
        (async () => ({ program: structuredClone(program), customer: structuredClone(customer) })),
    ),
  });

  it('loads programme and customer with one call, not two', async () => {
    const backend = withBootstrap();
    const model = createLoyaltyModel(backend);
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.program.value?.name).toBe('Test Rewards');
    expect(model.customer.value?.firstName).toBe('Ana');
    expect(backend.bootstrap).toHaveBeenCalledTimes(1);
    expect(backend.getProgram).not.toHaveBeenCalled();
    expect(backend.getCustomer).not.toHaveBeenCalled();
  });

  it('a guest answer is the guest view', async () => {
    const model = createLoyaltyModel(
      withBootstrap(async () => ({ program: structuredClone(program), customer: null })),
    );
    await model.load();
    expect(model.status.value).toBe('ready');
    expect(model.customer.value).toBeNull();
  });

  it('a refused token still shows the programme: it is loaded alone, for a guest', async () => {
    for (const code of ['unauthorized', 'token_expired'] as const) {
      const backend = withBootstrap(async () => {
        throw new LoyaltyError(code, 'refused', { status: 401 });
      });
      const model = createLoyaltyModel(backend);
      await model.load();
      expect(model.status.value).toBe('ready');
      expect(model.program.value?.id).toBe('prg_test');
      expect(model.customer.value).toBeNull();
      expect(backend.getProgram).toHaveBeenCalledTimes(1);
      expect(backend.getCustomer).not.toHaveBeenCalled();
    }
  });

  it('any other failure is the error, with no second request', async () => {
    const failure = new LoyaltyError('http_error', 'HTTP 503', { status: 503 });
    const backend = withBootstrap(async () => {
      throw failure;
    });
    const model = createLoyaltyModel(backend);
    await model.load();
    expect(model.status.value).toBe('error');
    expect(model.error.value).toBe(failure);
    expect(backend.getProgram).not.toHaveBeenCalled();
  });

  it('drops a late bootstrap for the shopper the page has left', async () => {
    const late = deferred<Bootstrap>();
    const model = createLoyaltyModel(withBootstrap(() => late.promise));
    const oldLoad = model.load();
    const guest = withBootstrap(async () => ({
      program: structuredClone(program),
      customer: null,
    }));
    await model.useBackend(guest);
    expect(guest.bootstrap).toHaveBeenCalledTimes(1);
    late.resolve({ program: { ...program, name: 'Old' }, customer: structuredClone(customer) });
    await oldLoad;
    expect(model.customer.value).toBeNull();
    expect(model.program.value?.name).toBe('Test Rewards');
  });

  it('a sign-in after the programme is known asks only for the customer', async () => {
    const model = createLoyaltyModel(withBootstrap());
    await model.load();
    const next = withBootstrap();
    await model.useBackend(next);
    expect(next.bootstrap).not.toHaveBeenCalled();
    expect(next.getCustomer).toHaveBeenCalledTimes(1);
    expect(model.customer.value?.firstName).toBe('Ana');
  });
});
