import { type Customer, can, formatDate, type Program, type Redemption } from '@loyaltykit/core';
import { useRef, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { CodeTicket } from '../CopyButton/CodeTicket.tsx';
import { rewardIcon } from '../Icon/Icon.tsx';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import { Confirm } from '../RedeemPage/Confirm.tsx';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { isIdentityChange } from '../redemption-messages.ts';
import { useFocusLater } from '../useFocusLater.ts';

/**
 * The member's unused codes as tickets: copy, apply to the cart, or cancel for a refund (where
 * the backend can), which asks first and refunds once however often it is confirmed. Focus
 * then moves to the next code, or to the words that say there is none left.
 */
export function MyRewardsPage({ program, customer }: { program: Program; customer: Customer }) {
  const { i18n } = useLoyalty();
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusLater();
  const codes = customer.redemptions;

  // After a refund the row is gone, with the focus it had: the code that took its place gets it.
  const cancelled = (index: number) =>
    focusLater(() => {
      const rows = list.current?.children;
      const row = rows?.[Math.min(index, rows.length - 1)];
      return row?.querySelector('[role="group"]') ?? empty.current;
    });

  if (codes.length === 0)
    return (
      <p class={css.hint} tabIndex={-1} ref={empty}>
        {i18n.t('rewards.empty')}
      </p>
    );
  return (
    <ul class={iconList} ref={list}>
      {codes.map((redemption, index) => (
        <CodeRow
          key={redemption.id}
          redemption={redemption}
          cancellable={can(program, 'cancelRedemption')}
          onCancelled={() => cancelled(index)}
        />
      ))}
    </ul>
  );
}

function CodeRow({
  redemption,
  cancellable,
  onCancelled,
}: {
  redemption: Redemption;
  cancellable: boolean;
  onCancelled(): void;
}) {
  const { i18n, emit } = useLoyalty();
  const { flow, announce } = usePanel();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();

  const cancel = () => {
    // A click while the first is on its way is the same intent (the flow answers it once).
    if (flow.cancellation(redemption.id)) return;
    setPending(true);
    setFailed(false);
    flow.cancel(redemption.id).then(
      (done) => {
        announce(i18n.t('rewards.refunded', { count: done.pointsSpent }));
        emit({ type: 'redemption-cancelled', redemption: done });
        onCancelled();
      },
      (reason: unknown) => {
        if (isIdentityChange(reason)) return;
        setPending(false);
        setFailed(true);
        announce(i18n.t('checkout.removeFailed'));
      },
    );
  };

  return (
    <IconRow icon={rewardIcon(redemption.rewardKind)} title={<bdi>{redemption.rewardTitle}</bdi>}>
      <CodeTicket
        value={redemption.code}
        label={i18n.t('redeem.success', { reward: redemption.rewardTitle })}
        copy={{ onCopied: () => announce(i18n.t('redeem.copied')) }}
      />
      {redemption.expiresAt && (
        <p class={css.hint}>
          {i18n.t('redeem.expires', { date: formatDate(i18n.tag, redemption.expiresAt) })}
        </p>
      )}
      {asking ? (
        <Confirm
          question={i18n.t('rewards.cancelConfirm', {
            points: i18n.t('points', { count: redemption.pointsSpent }),
          })}
          yes={i18n.t('rewards.cancel')}
          pending={pending}
          onYes={cancel}
          onNo={() => {
            setAsking(false);
            setFailed(false);
            focusLater(() => actions.current?.lastElementChild);
          }}
        >
          {failed && <p class={css.error}>{i18n.t('checkout.removeFailed')}</p>}
        </Confirm>
      ) : (
        <div class={css.actions} ref={actions}>
          <Button variant="secondary" onClick={() => emit({ type: 'redeem', redemption })}>
            {i18n.t('redeem.apply')}
          </Button>
          {cancellable && (
            <Button variant="quiet" onClick={() => setAsking(true)}>
              {i18n.t('rewards.cancel')}
            </Button>
          )}
        </div>
      )}
    </IconRow>
  );
}
