import { describe, expect, it, vi } from 'vitest';
import { LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import { callForShopper, reloadCustomer } from './shopper.ts';
import { customer, deferred, fakeBackend } from './testing/scripted-backend.ts';

describe('callForShopper and reloadCustomer', () => {
  it('drops an answer that arrives after the shopper changed, success or failure', async () => {
    const model = createLoyaltyModel(fakeBackend());
    const answer = deferred<number>();
    const refusal = deferred<number>();
    const late = callForShopper(model, () => answer.promise);
    const lateFailure = callForShopper(model, () => refusal.promise);
    void model.useBackend(fakeBackend());
    answer.resolve(42);
    refusal.reject(new LoyaltyError('insufficient_points', 'no'));
    await expect(late).rejects.toMatchObject({ code: 'identity_changed' });
    await expect(lateFailure).rejects.toMatchObject({ code: 'identity_changed' });
    await expect(callForShopper(model, async () => 7)).resolves.toBe(7);
  });

  it('reloadCustomer asks again while the backend cannot answer, then shows the server’s balance', async () => {
    vi.useFakeTimers();
    try {
      let attempts = 0;
      const backend = fakeBackend();
      const model = createLoyaltyModel(backend);
      await model.load();
      backend.getCustomer.mockImplementation(async () => {
        attempts++;
        if (attempts < 3) throw new LoyaltyError('network_error', 'offline');
        return {
          ...structuredClone(customer),
          balance: { available: 750, pending: 0, lifetime: 3000 },
        };
      });
      const reloading = reloadCustomer(model);
      expect(reloadCustomer(model)).toBe(reloading);
      await vi.runAllTimersAsync();
      await reloading;
      expect(attempts).toBe(3);
      expect(model.customer.value?.balance.available).toBe(750);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reloadCustomer gives up after a few seconds, and at once on a definite refusal', async () => {
    vi.useFakeTimers();
    try {
      const backend = fakeBackend();
      const model = createLoyaltyModel(backend);
      await model.load();
      backend.getCustomer.mockRejectedValue(new LoyaltyError('timeout', 'slow'));
      const reloading = reloadCustomer(model);
      await vi.runAllTimersAsync();
      await expect(reloading).resolves.toBeUndefined();
      expect(backend.getCustomer).toHaveBeenCalledTimes(1 + 4);
      expect(model.customer.value?.balance.available).toBe(1250);

      backend.getCustomer.mockClear();
      backend.getCustomer.mockRejectedValue(new LoyaltyError('validation_failed', 'no'));
      const refused = reloadCustomer(model);
      await vi.runAllTimersAsync();
      await refused;
      expect(backend.getCustomer).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
