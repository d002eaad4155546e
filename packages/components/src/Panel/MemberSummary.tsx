import { type Customer, formatDate } from '@loyaltykit/core';
import { useContext, useRef } from 'preact/hooks';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { PanelContext } from './panel-context.ts';
import * as css from './sections.css.ts';

/**
 * Greeting and balance, with points still on their way and points about to
 * expire explained. Inside the panel, whose header greets the member and
 * shows the balance ({@link Welcome}), only those notes, or nothing.
 */
export function MemberSummary({ customer }: { customer: Customer }) {
  const { i18n } = useLoyalty();
  const inPanel = useContext(PanelContext) !== undefined;
  const { pending, expiring } = customer.balance;
  if (inPanel && !pending && !expiring) return null;
  return (
    <section class={inPanel ? css.notes : css.card} aria-labelledby="lk-balance-label">
      {!inPanel && <Welcome customer={customer} />}
      {pending > 0 && <p class={css.eyebrow}>{i18n.t('panel.pending', { count: pending })}</p>}
      {expiring && (
        <p class={css.eyebrow}>
          {i18n.t('panel.expiring', {
            count: expiring.points,
            date: formatDate(i18n.tag, expiring.at),
          })}
        </p>
      )}
    </section>
  );
}

/** The member greeted by name, and their balance, which settles into place when it changes. */
export function Welcome({ customer }: { customer: Customer }) {
  const { i18n } = useLoyalty();
  const points = customer.balance.available;
  const first = useRef(points);
  const moved = useRef(false);
  // Not when it first shows: only a change moves.
  moved.current ||= points !== first.current;
  return (
    <>
      <p class={css.greeting}>
        {customer.firstName
          ? i18n.t('panel.greeting', { name: customer.firstName })
          : i18n.t('panel.greetingAnonymous')}
      </p>
      <p class={css.eyebrow} id="lk-balance-label">
        {i18n.t('panel.balance')}
      </p>
      {/* A new element for a new number, so its animation runs again. */}
      <p key={points} class={moved.current ? css.changed : css.balance} data-testid="balance">
        {i18n.t('points', { count: points })}
      </p>
    </>
  );
}
