import { LoyaltyError } from '@loyaltykit/core';

/**
 * What in a request failed, for the problem's `errors` extension member
 * (RFC 9457 §3): a JSON Pointer (RFC 6901) into the body, or the name of a
 * query parameter or header.
 */
export type FieldError = { detail: string } & (
  | { pointer: string }
  | { parameter: string }
  | { header: string }
);

/** `validation_failed` naming each field that failed; 400 unless the schema held but the value cannot be (422). */
export class InvalidRequest extends LoyaltyError {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly [FieldError, ...FieldError[]], status: 400 | 422 = 400) {
    super('validation_failed', errors.map((error) => error.detail).join(' '), { status });
    this.errors = errors;
  }
}
