import { type Customer, formatDate } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from './sections.css.ts';

/** Greeting and balance, with points still on their way and points about to expire explained. */
export function MemberSummary({ customer }: { customer: Customer }) {
  const { i18n } = useLoyalty();
  const { available, pending, expiring } = customer.balance;
  return (
    <section class={css.card} aria-labelledby="lk-balance-label">
      <p class={css.greeting}>
        {customer.firstName
          ? i18n.t('panel.greeting', { name: customer.firstName })
          : i18n.t('panel.greetingAnonymous')}
      </p>
      <p class={css.eyebrow} id="lk-balance-label">
        {i18n.t('panel.balance')}
      </p>
      <p class={css.balance} data-testid="balance">
        {i18n.t('points', { count: available })}
      </p>
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
