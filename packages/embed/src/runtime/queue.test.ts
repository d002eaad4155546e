import { LoyaltyError } from '@loyaltykit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoyaltyKitApi } from '../public-api.ts';
import { replayQueue } from './queue.ts';

afterEach(() => vi.restoreAllMocks());

describe('replayQueue', () => {
  it('runs every queued call in order, past ones that are malformed, unknown, throw or reject', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const calls: unknown[][] = [];
    const kit = {
      version: 'test',
      open: (...args: unknown[]) => calls.push(['open', ...args]),
      close: () => {
        throw new TypeError('close failed');
      },
      refresh: () => Promise.reject(new TypeError('refresh failed')),
      // Rejects with a LoyaltyError: the method has already said why on the console.
      identify: () => Promise.reject(new LoyaltyError('validation_failed', 'bad token')),
    } as unknown as LoyaltyKitApi;
    replayQueue(kit, [
      ['open', 'earn'],
      null,
      ['close'],
      ['refresh'],
      ['identify', 42],
      ['version'],
      ['toString'],
      ['open', 'redeem'],
    ]);
    // Rejections are reported once they settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([
      ['open', 'earn'],
      ['open', 'redeem'],
    ]);
    expect(warned.mock.calls.map(([text, error]) => [text, String(error ?? '')])).toEqual([
      ['[LoyaltyKit] A queued call failed:', expect.stringContaining('TypeError')],
      ['[LoyaltyKit] A queued call failed:', 'TypeError: close failed'],
      ['[LoyaltyKit] Queued call "version" is not a LoyaltyKit method; ignored.', ''],
      ['[LoyaltyKit] Queued call "toString" is not a LoyaltyKit method; ignored.', ''],
      ['[LoyaltyKit] A queued call failed:', 'TypeError: refresh failed'],
    ]);
  });
});
