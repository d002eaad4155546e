import type { LoyaltyBackend } from '@loyaltykit/core';

/** An HTTP operation of the Storefront API, as openapi.yaml names it. */
export interface Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template; `{id}` is replaced by the URL-encoded argument. */
  readonly path: string;
}

/**
 * Every operation the client calls, keyed by the `LoyaltyBackend` method (and
 * openapi.yaml `operationId`) it implements. The contract test checks that the
 * document lists exactly these; `satisfies` makes the compiler check that
 * every method of the interface has one.
 */
export const OPERATIONS = {
  getProgram: { method: 'GET', path: '/v1/program' },
  getCustomer: { method: 'GET', path: '/v1/me' },
  bootstrap: { method: 'GET', path: '/v1/bootstrap' },
  getActivity: { method: 'GET', path: '/v1/me/activity' },
  redeem: { method: 'POST', path: '/v1/me/redemptions' },
  cancelRedemption: { method: 'DELETE', path: '/v1/me/redemptions/{id}' },
  claimAction: { method: 'POST', path: '/v1/me/actions' },
  setBirthday: { method: 'PUT', path: '/v1/me/birthday' },
  quote: { method: 'POST', path: '/v1/quote' },
} as const satisfies Record<keyof LoyaltyBackend, Operation>;

export type OperationId = keyof typeof OPERATIONS;
