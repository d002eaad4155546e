import { isLoyaltyError, type LoyaltyBackend } from '@loyaltykit/core';
import { describe, expect, it, vi } from 'vitest';
import { createLazyBackend } from './backend.ts';
import type { LoadChunk } from './chunk-loader.ts';
import type { EmbedConfig } from './config.ts';

const config: EmbedConfig = { apiUrl: 'https://loyalty.example.com/', locale: 'en', deferred: {} };

/** A loader whose backend chunk fails `failures` times, then serves `backend`. */
function loader(backend: Partial<LoyaltyBackend>, failures = 0) {
  const createBackend = vi.fn(async () => backend);
  const loadChunk = vi.fn(async () => {
    if (failures-- > 0) throw new TypeError('Failed to fetch');
    return { createBackend };
  });
  return { loadChunk: loadChunk as unknown as LoadChunk, createBackend };
}

describe('createLazyBackend', () => {
  it('passes every contract call, with its arguments, to the chunk’s backend, created once', async () => {
    const getActivity = vi.fn(async (cursor?: string) => ({ entries: [], next: cursor }));
    const { loadChunk, createBackend } = loader({ getActivity } as Partial<LoyaltyBackend>);
    const lazy = createLazyBackend(config, loadChunk);
    await expect(lazy.getActivity('c1')).resolves.toEqual({ entries: [], next: 'c1' });
    await lazy.getActivity('c2');
    expect(getActivity).toHaveBeenLastCalledWith('c2');
    expect(createBackend).toHaveBeenCalledTimes(1);
  });

  it('is not a promise: awaiting it gives the backend itself', async () => {
    const lazy = createLazyBackend(config, loader({}).loadChunk);
    expect(await lazy).toBe(lazy);
  });

  it('turns a chunk that cannot load into a network_error, and tries again on the next call', async () => {
    const getProgram = vi.fn(async () => ({ id: 'p' }));
    const lazy = createLazyBackend(
      config,
      loader({ getProgram } as unknown as Partial<LoyaltyBackend>, 1).loadChunk,
    );
    const failed = await lazy.getProgram().catch((error: unknown) => error);
    expect(isLoyaltyError(failed) && failed.code).toBe('network_error');
    await expect(lazy.getProgram()).resolves.toEqual({ id: 'p' });
  });
});
