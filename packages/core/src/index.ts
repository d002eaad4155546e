export { type ActivityFeed, createActivityFeed } from './activity-feed.ts';
export type {
  ActionResult,
  Bootstrap,
  LoyaltyBackend,
  RedeemRequest,
  RedemptionResult,
  RequestOptions,
} from './backend.ts';
export { can, FEWEST_CAPABILITIES } from './capabilities.ts';
export { claimAction, saveBirthday } from './earn-actions.ts';
export {
  CLIENT_ERROR_CODES,
  LOYALTY_ERROR_CODES,
  type LoyaltyErrorCode,
} from './error-codes.ts';
export { isLoyaltyError, LoyaltyError } from './errors.ts';
export type { LoyaltyEvent } from './events.ts';
export { ar } from './i18n/ar.ts';
export {
  type Catalog,
  en,
  enEntry,
  enNudge,
  enPanel,
  type Message,
  type MessageKey,
  type PluralMessage,
} from './i18n/catalog.ts';
export { englishDay, writesPlainEnglish } from './i18n/english.ts';
export { formatDate, formatMoney } from './i18n/format.ts';
export { createI18n } from './i18n/i18n.ts';
export { ko } from './i18n/ko.ts';
export { koreanParticles } from './i18n/ko-particles.ts';
export { th } from './i18n/th.ts';
export {
  createTranslator,
  type I18n,
  LOCALES,
  type Locale,
  type MessageParams,
  matchLocale,
} from './i18n/translator.ts';
export {
  createLoyaltyModel,
  type LoadStatus,
  type LoyaltyModel,
  type ModelSeed,
  PANEL_PAGES,
  type PanelPage,
} from './model.ts';
export {
  createRedemptionFlow,
  type RedeemOptions,
  type RedemptionFlow,
  type RedemptionIntent,
  sharedRedemptionFlow,
} from './redemption-flow.ts';
export { REFERRAL_PARAM, referralCodeOf, withReferralCode } from './referral.ts';
export { addMoney, minorUnitDigits, parseMoney } from './rules/money.ts';
export {
  activeBonusEvent,
  type CartPoints,
  type EarnContext,
  type LinePoints,
  type ProductInput,
  pointsForCart,
  pointsForLine,
  pointsForProduct,
} from './rules/points.ts';
export {
  affordableRewards,
  cartSubtotal,
  cheapestRedeemable,
  maxVariablePoints,
  type RewardAvailability,
  redeemableNow,
  rewardAvailability,
  variableRewardValue,
} from './rules/rewards.ts';
export { tierStatus } from './rules/tiers.ts';
export { isSafeUrl, type SafeUrl, safeUrl } from './safe-url.ts';
export {
  callForShopper,
  RELOAD_DELAYS_MS,
  reloadCustomer,
} from './shopper.ts';
export * from './types.ts';
