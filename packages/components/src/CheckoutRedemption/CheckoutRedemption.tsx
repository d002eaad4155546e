import { type Cart, type Money, safeUrl } from '@loyaltykit/core';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { orderPoints } from '../order-points.ts';
import { useAnnouncer } from '../useAnnouncer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';
import { RewardPicker } from './RewardPicker.tsx';

export interface CheckoutRedemptionProps {
  /** The cart subtotal: decides which rewards' minimum orders are met. */
  subtotal: Money;
  /** The cart's lines, when known: the points shown then follow exclusions and product multipliers. */
  cart?: Cart;
}

/** How long the checkout waits for the programme before it says rewards are unavailable. */
export const FALLBACK_AFTER_MS = 3000;

/**
 * Points at checkout: the member's balance, what this order earns, and the
 * rewards they can use on this cart, applied in one click. The issued code is
 * emitted as `{ type: 'redeem', redemption }` for the host checkout to apply;
 * removing it cancels the redemption, refunds the points and emits
 * `redemption-cancelled`. Guests are invited to sign in. It never blocks the
 * host's checkout: while the backend is slow or failing it shows a quiet
 * "Rewards unavailable right now" within 3 seconds.
 *
 * @example
 * ```tsx
 * <LoyaltyProvider model={model} i18n={i18n} onEvent={(e) => e.type === 'redeem' && applyCode(e.redemption.code)}>
 *   <CheckoutRedemption subtotal={{ amountMinor: 129000, currency: 'THB' }} />
 * </LoyaltyProvider>
 * ```
 */
export function CheckoutRedemption(props: CheckoutRedemptionProps) {
  const identity = useSignalValue(useLoyalty().model.identity);
  // Remade for each shopper: a chosen reward, an applied code and the live region's last words
  // belong to the shopper they were for.
  return <ShopperCheckout key={identity} {...props} />;
}

function ShopperCheckout({ subtotal, cart }: CheckoutRedemptionProps) {
  const { model, i18n } = useLoyalty();
  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);
  const [late, setLate] = useState(false);
  const [message, announce] = useAnnouncer();

  useEffect(() => {
    // Nobody may have started the model (a theme developer's page); loads are shared.
    if (model.status.peek() === 'idle') void model.load();
    const timer = setTimeout(() => setLate(true), FALLBACK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [model]);

  let body: preact.ComponentChildren = null;
  if (!program || customer === undefined) {
    // Fails closed: no reward applied, nothing to wait for; the data may still arrive.
    if (status === 'error' || late) body = <p class={css.hint}>{i18n.t('checkout.unavailable')}</p>;
  } else {
    const earn = (
      <p class={css.text}>
        {i18n.t('cart.earn', {
          points: i18n.t('points', {
            count: orderPoints(program, customer, subtotal, cart?.lines),
          }),
        })}
      </p>
    );
    const signIn = !customer && safeUrl(program.signInUrl, 'program.signInUrl');
    body = customer ? (
      <>
        <p class={css.text}>
          {i18n.t('panel.balance')}:{' '}
          <span class={css.strong}>{i18n.t('points', { count: customer.balance.available })}</span>
        </p>
        {earn}
        <RewardPicker
          program={program}
          customer={customer}
          subtotal={subtotal}
          cart={cart}
          announce={announce}
        />
      </>
    ) : (
      <>
        {earn}
        {signIn ? (
          <div class={css.actions}>
            <Button variant="secondary" href={signIn}>
              {i18n.t('checkout.signIn')}
            </Button>
          </div>
        ) : (
          <p class={css.hint}>{i18n.t('checkout.signIn')}</p>
        )}
      </>
    );
  }

  return (
    <section class={css.card}>
      <h2 class={css.heading}>{i18n.t('checkout.title')}</h2>
      {body}
      <p class={css.visuallyHidden} role="status">
        {message}
      </p>
    </section>
  );
}
