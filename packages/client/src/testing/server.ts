import { LoyaltyError } from '@loyaltykit/core';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHttpBackend, type HttpBackendOptions } from '../http-backend.ts';

export const API = 'https://loyalty.test';

/** An msw server with no handlers: each test says what the API answers. */
export function useServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
  return server;
}

/** A problem+json response as the contract describes it. */
export function problem(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: `https://loyaltykit.dev/problems/${code}`, title: code, status, detail: code, code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/**
 * A backend whose waits are instant and recorded, with jitter pinned to 0.5,
 * so retry tests are fast and exact.
 */
export function testBackend(options: Partial<HttpBackendOptions> = {}) {
  const sleeps: number[] = [];
  const backend = createHttpBackend({
    apiUrl: API,
    publishableKey: 'pk_test',
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { backend, sleeps };
}

/** Web Storage over a Map, as sessionStorage behaves in one tab. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** The LoyaltyError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<LoyaltyError> {
  const reason = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
  if (!(reason instanceof LoyaltyError)) throw new Error(`expected a LoyaltyError, got ${reason}`);
  return reason;
}
