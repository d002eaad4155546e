import { type Cart, type Money, safeUrl } from '@loyaltykit/core';
import { ReferralLinkTicket } from '../CopyButton/ReferralLinkTicket.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { orderPoints } from '../order-points.ts';
import { joinUrl, refereeReward } from '../referral-offer.ts';
import { useAnnouncer } from '../useAnnouncer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';
import * as own from './OrderPoints.css.ts';

export interface OrderPointsProps {
  /** What the order came to (before loyalty discounts: points are earned on the lines). */
  orderTotal: Money;
  /** The order's lines, when known: points then follow exclusions and product multipliers. */
  cart?: Cart;
  /**
   * The code of the referral link the shopper arrived by (`?lk_ref=`): the join
   * link passes it on to the sign-up URL. The script tag passes it for you.
   */
  referralCode?: string;
}

/**
 * For the order-status or thank-you page: "You earned N points with this
 * order", by the rule the backend awards with, and the member's referral link
 * to copy (the moment shoppers most want to share). Guests see what members
 * earn on such an order, and a join link.
 *
 * @example
 * ```tsx
 * <OrderPoints orderTotal={{ amountMinor: 129000, currency: 'THB' }} cart={order.cart} />
 * ```
 */
export function OrderPoints({ orderTotal, cart, referralCode }: OrderPointsProps) {
  const { model, i18n } = useLoyalty();
  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const [message, announce] = useAnnouncer();
  if (!program || customer === undefined) return null;

  const points = orderPoints(program, customer, orderTotal, cart?.lines);
  const offer = program.referral;
  if (!customer) {
    if (points <= 0) return null;
    const join = joinUrl(program.signUpUrl, referralCode);
    return (
      <section class={css.card}>
        <p class={css.text}>
          {i18n.t('order.guest', { points: i18n.t('points', { count: points }) })}
        </p>
        {join && (
          <div class={css.actions}>
            <a class={css.link} href={join}>
              {i18n.t('guest.join')}
            </a>
          </div>
        )}
      </section>
    );
  }
  const link = safeUrl(customer.referral?.url, 'customer.referral.url');
  if (points <= 0 && !(offer && link)) return null;
  return (
    <section class={css.card}>
      {points > 0 && <p class={own.earned}>{i18n.t('order.earned', { count: points })}</p>}
      {offer && link && (
        <>
          <h2 class={css.heading}>{i18n.t('nav.referral')}</h2>
          <p class={css.text}>
            {i18n.t('referral.offer', {
              reward: refereeReward(offer, i18n),
              points: i18n.t('points', { count: offer.referrerPoints }),
            })}
          </p>
          <ReferralLinkTicket link={link} title={program.name} announce={announce} />
        </>
      )}
      <p class={css.visuallyHidden} role="status">
        {message}
      </p>
    </section>
  );
}
