export type { LoyaltyBackend, RequestOptions } from './backend.ts';
export {
  isLoyaltyError,
  LOYALTY_ERROR_CODES,
  LoyaltyError,
  type LoyaltyErrorCode,
} from './errors.ts';
export type { Catalog, Message, MessageKey, PluralMessage } from './i18n/catalog.ts';
export {
  createI18n,
  type I18n,
  LOCALES,
  type Locale,
  type MessageParams,
  matchLocale,
} from './i18n/i18n.ts';
export { createLoyaltyModel, type LoadStatus, type LoyaltyModel } from './model.ts';
export * from './types.ts';
