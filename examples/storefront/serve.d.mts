import type { Server } from 'node:http';

/**
 * Serves the demo store and the built script tag (serve.mjs). `backend`
 * (default `LK_BACKEND`) picks whose fake the store runs on: unset or `demo`,
 * the mock Storefront API in the page; `voucherify`, the gateway over a fake
 * Voucherify API; `loyaltylion`, a fake of LoyaltyLion's Headless API.
 */
export function startServer(options?: {
  port?: number;
  host?: string;
  backend?: string;
}): Promise<Server & { backend: unknown }>;
