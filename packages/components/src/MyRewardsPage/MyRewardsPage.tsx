import { type Customer, can, formatDate, type Program } from '@loyaltykit/core';
import { useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { CopyButton } from '../CopyButton/CopyButton.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { isIdentityChange } from '../redemption-messages.ts';

/** The member's unused codes: copy, apply to the cart, or cancel for a refund (where the backend can). */
export function MyRewardsPage({ program, customer }: { program: Program; customer: Customer }) {
  const { i18n, emit } = useLoyalty();
  const { flow, announce } = usePanel();
  const [cancelling, setCancelling] = useState<string | undefined>(undefined);

  if (customer.redemptions.length === 0) return <p class={css.hint}>{i18n.t('rewards.empty')}</p>;

  const cancel = (id: string) => {
    // A click while the first is on its way is the same intent (render has not disabled the button yet).
    if (flow.cancellation(id)) return;
    setCancelling(id);
    flow
      .cancel(id)
      .then(
        (redemption) => {
          announce(i18n.t('rewards.refunded', { count: redemption.pointsSpent }));
          emit({ type: 'redemption-cancelled', redemption });
        },
        (reason: unknown) => {
          if (!isIdentityChange(reason)) announce(i18n.t('panel.error'));
        },
      )
      .finally(() => setCancelling(undefined));
  };

  return (
    <ul class={css.list}>
      {customer.redemptions.map((redemption) => (
        <li key={redemption.id} class={css.row}>
          <span class={css.title}>
            <bdi>{redemption.rewardTitle}</bdi>
          </span>
          <p class={css.code}>
            <bdi>{redemption.code}</bdi>
          </p>
          {redemption.expiresAt && (
            <p class={css.hint}>
              {i18n.t('redeem.expires', {
                date: formatDate(i18n.tag, redemption.expiresAt),
              })}
            </p>
          )}
          <div class={css.actions}>
            <CopyButton text={redemption.code} onCopied={() => announce(i18n.t('redeem.copied'))} />
            <Button onClick={() => emit({ type: 'redeem', redemption })}>
              {i18n.t('redeem.apply')}
            </Button>
            {can(program, 'cancelRedemption') && (
              <Button
                variant="quiet"
                disabled={cancelling === redemption.id}
                aria-busy={cancelling === redemption.id}
                onClick={() => cancel(redemption.id)}
              >
                {i18n.t('rewards.cancel')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
