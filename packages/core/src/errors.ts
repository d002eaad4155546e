import type { LoyaltyErrorCode } from './error-codes.ts';

// Only the error class lives here: the script tag's entry shares this module
// with its lazy chunks (packages/embed/src/chunk-names.ts), so every chunk
// throws and recognises the entry's one class. The code lists stay apart.

/** Every failure a backend reports is a `LoyaltyError`: callers switch on `code`, never on messages. */
export class LoyaltyError extends Error {
  override readonly name = 'LoyaltyError';
  readonly code: LoyaltyErrorCode;
  /** HTTP status, when the failure came from a response. */
  readonly status: number | undefined;

  constructor(
    code: LoyaltyErrorCode,
    message: string,
    options?: { status?: number; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options?.status;
  }
}

/** Whether an unknown thrown value is a `LoyaltyError`, even across bundle copies of this module. */
export function isLoyaltyError(value: unknown): value is LoyaltyError {
  return value instanceof Error && value.name === 'LoyaltyError' && 'code' in value;
}
