import { englishDay, type Money, pointsForProduct, writesPlainEnglish } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { joinUrl } from '../referral-offer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from './ProductPoints.css.ts';

export interface ProductPointsProps {
  productId: string;
  /** Price of one unit, as the product page shows it (`parseMoney('59.00', 'USD')`). */
  price: Money;
  /** Default 1. */
  quantity?: number;
  /** Collections the product is in: multipliers, exclusions and bonus events may depend on them. */
  collectionIds?: string[];
  /**
   * The code of the referral link the shopper arrived by (`?lk_ref=`): the join
   * link passes it on to the sign-up URL. The script tag passes it for you.
   */
  referralCode?: string;
}

const DAY = 86_400_000;

/**
 * When a bonus ends, as a shopper says it: the weekday within the coming
 * week ("Sunday"), a date after that. `endsAt` is exclusive, so an event that
 * ends at midnight reads as the day before. The date never breaks across
 * lines ("8" above "ديسمبر"): in a narrow card the badge wraps around it.
 */
export function until(locale: string, endsAt: string): string {
  const end = Date.parse(endsAt) - 1;
  const soon = end - Date.now() < 6 * DAY;
  // A live bonus shows on every card at load: plain English needs no Intl formatter for it.
  const text = writesPlainEnglish(locale)
    ? englishDay(end, soon ? 'weekday' : 'monthDay')
    : new Intl.DateTimeFormat(
        locale,
        soon ? { weekday: 'long' } : { month: 'short', day: 'numeric' },
      ).format(end);
  return text.replace(/ /g, '\xa0');
}

/**
 * "Earn 295 points" for a product: what its order line will earn, with the
 * member's tier multiplier and the live bonus event, computed by the same
 * rule the backend awards with. Guests see what they would earn and a join
 * link. Renders nothing when the product earns nothing (excluded, no order
 * rule, failed to load); holds one row's height while loading.
 *
 * It is rendered by the script tag's entry, so it stays small: no formatting
 * beyond the translator's and, outside plain English, one `Intl.DateTimeFormat`.
 *
 * @example
 * ```tsx
 * <ProductPoints productId="tee-1" price={{ amountMinor: 5900, currency: 'USD' }} quantity={2} />
 * ```
 */
export function ProductPoints({
  productId,
  price,
  quantity,
  collectionIds,
  referralCode,
}: ProductPointsProps) {
  const { model, i18n } = useLoyalty();
  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);
  // Until the shopper is known too: a member's tier can change the number, a guest gets a join link.
  if (!program || customer === undefined) {
    // A failed load gives up the row rather than hold an empty gap on the page.
    return status === 'error' ? null : <div class={css.row} aria-hidden="true" />;
  }
  const { points, bonusEvent } = pointsForProduct(
    program,
    { productId, price, quantity, collectionIds },
    { tierId: customer?.tier?.currentTierId, now: Date.now() },
  );
  if (points <= 0) return null;
  const join = customer === null && joinUrl(program.signUpUrl, referralCode);
  return (
    <p class={css.row}>
      <span class={css.earn}>
        {i18n.t('product.earn', { points: i18n.t('points', { count: points }) })}
      </span>
      {bonusEvent && (
        <span class={css.bonus}>
          {i18n.t('product.bonus', {
            multiplier: bonusEvent.multiplier,
            date: until(i18n.tag, bonusEvent.endsAt),
          })}
        </span>
      )}
      {join && (
        <a class={css.join} href={join}>
          {i18n.t('guest.join')}
        </a>
      )}
    </p>
  );
}
