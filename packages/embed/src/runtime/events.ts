import type { LoyaltyEvent } from '@loyaltykit/core';
import type { LoyaltyEventDetails, LoyaltyEventName } from '../public-api.ts';

/** Tells the host page something happened: a `loyalty:<name>` event on `document`. */
export function emit<E extends LoyaltyEventName>(name: E, detail?: LoyaltyEventDetails[E]): void {
  document.dispatchEvent(new CustomEvent(`loyalty:${name}`, { detail }));
}

/**
 * A widget's event as the host page sees it: `{ code, reward }`, so a
 * checkout can apply `event.detail.code`.
 *
 * @example
 * ```js
 * document.addEventListener('loyalty:redeem', (event) => applyDiscount(event.detail.code));
 * ```
 */
export function emitWidgetEvent({ type, redemption }: LoyaltyEvent): void {
  emit(type, {
    code: redemption.code,
    reward: {
      id: redemption.rewardId,
      title: redemption.rewardTitle,
      kind: redemption.rewardKind,
      value: redemption.value,
      percent: redemption.percent,
    },
  });
}
