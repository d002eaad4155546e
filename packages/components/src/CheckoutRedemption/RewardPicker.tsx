import {
  affordableRewards,
  type Cart,
  type Customer,
  can,
  formatMoney,
  type MessageKey,
  type Money,
  maxVariablePoints,
  type Program,
  type Redemption,
  type Reward,
  sharedRedemptionFlow,
  variableRewardValue,
} from '@loyaltykit/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { failureKey, isIdentityChange } from '../redemption-messages.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';
import * as own from './CheckoutRedemption.css.ts';

interface Option {
  reward: Reward;
  /** Points to spend: the price, or for a variable reward the most this cart can take. */
  points: number;
  label: string;
}

/**
 * The member's side of the checkout: a select of the rewards this cart
 * allows, applied with one click (exactly once, whatever the clicking), and
 * the applied code with a way to remove it. Focus follows the control that
 * replaces the one used, so keyboard users stay in place.
 */
export function RewardPicker({
  program,
  customer,
  subtotal,
  cart,
  announce,
}: {
  program: Program;
  customer: Customer;
  subtotal: Money;
  cart?: Cart;
  announce: (message: string) => void;
}) {
  const { model, i18n, emit } = useLoyalty();
  const flow = useMemo(() => sharedRedemptionFlow(model), [model]);
  const intent = useSignalValue(flow.intent);
  const [issued, setApplied] = useState<Redemption>();
  // Applied while the member still holds it: a code cancelled elsewhere (the panel's My rewards)
  // is off this checkout too.
  const applied = customer.redemptions.some((r) => r.id === issued?.id) ? issued : undefined;
  const [choice, setChoice] = useState<string>();
  const [failure, setFailure] = useState<MessageKey>();
  const [removing, setRemoving] = useState(false);
  // The redemption already handed to the page: a double click resolves the same promise twice.
  const emitted = useRef<string>();
  const select = useRef<HTMLSelectElement>(null);
  const removeRow = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (applied ? removeRow.current?.querySelector('button') : select.current)?.focus();
  }, [applied]);

  const t = i18n.t;
  const points = (count: number) => t('points', { count });
  const options: Option[] = affordableRewards(program.rewards, customer, subtotal).flatMap(
    (reward): Option[] => {
      if (reward.kind !== 'variable') {
        const label = t('checkout.option', {
          reward: reward.title,
          points: points(reward.pointsPrice),
        });
        return [{ reward, points: reward.pointsPrice, label }];
      }
      // A backend that cannot take a chosen number of points offers no variable reward.
      const spend = can(program, 'variableRewards')
        ? maxVariablePoints(reward, customer.balance.available, subtotal)
        : 0;
      if (spend === 0) return [];
      const amount = formatMoney(i18n.tag, variableRewardValue(reward, spend));
      const label = t('checkout.option', {
        reward: t('referral.amountOff', { amount }),
        points: points(spend),
      });
      return [{ reward, points: spend, label }];
    },
  );
  const chosen = options.find((o) => o.reward.id === choice) ?? options[0];
  const pending = intent?.status === 'pending';

  const apply = () => {
    if (!chosen) return;
    setFailure(undefined);
    const { reward } = chosen;
    flow
      .redeem(reward.id, { cart, ...(reward.kind === 'variable' && { points: chosen.points }) })
      .then(
        (redemption) => {
          if (emitted.current === redemption.id) return;
          emitted.current = redemption.id;
          moved.current = true;
          setApplied(redemption);
          emit({ type: 'redeem', redemption });
          announce(
            t('checkout.applied', { reward: redemption.rewardTitle, code: redemption.code }),
          );
        },
        (reason: unknown) => {
          if (isIdentityChange(reason)) return;
          const failed = flow.intent.peek();
          const key = failed?.status === 'failed' ? failureKey(failed) : 'redeem.errorUnavailable';
          setFailure(key);
          announce(t(key));
        },
      );
  };

  const cancel = () => {
    // A click while the first is on its way is the same intent (render has not disabled the button yet).
    if (!applied || flow.cancellation(applied.id)) return;
    setRemoving(true);
    setFailure(undefined);
    flow
      .cancel(applied.id)
      .then(
        (cancelled) => {
          setApplied(undefined);
          emit({ type: 'redemption-cancelled', redemption: cancelled });
          announce(
            t('checkout.removed', { reward: cancelled.rewardTitle, count: cancelled.pointsSpent }),
          );
        },
        (reason: unknown) => {
          if (isIdentityChange(reason)) return;
          setFailure('checkout.removeFailed');
          announce(t('checkout.removeFailed'));
        },
      )
      .finally(() => setRemoving(false));
  };

  const error = failure && (
    <p class={css.error} role="alert">
      {t(failure)}
    </p>
  );

  if (applied) {
    return (
      <>
        <p class={own.applied} data-testid="redemption-code">
          {t('checkout.applied', { reward: applied.rewardTitle, code: applied.code })}
        </p>
        {error}
        <div class={css.actions} ref={removeRow}>
          <Button variant="secondary" onClick={cancel} disabled={removing} aria-busy={removing}>
            {t('checkout.remove')}
          </Button>
        </div>
      </>
    );
  }
  if (!chosen) {
    // The failure stays said when the balance read after it leaves nothing to pick.
    return (
      <>
        <p class={css.hint}>{t('checkout.none')}</p>
        {error}
      </>
    );
  }
  return (
    <>
      <label class={own.field}>
        <span class={own.label}>{t('checkout.choose')}</span>
        <select
          ref={select}
          class={own.select}
          value={chosen.reward.id}
          disabled={pending}
          onChange={(event) => setChoice(event.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.reward.id} value={option.reward.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {error}
      <div class={css.actions}>
        <Button onClick={apply} disabled={pending} aria-busy={pending}>
          {pending ? t('redeem.pending') : t('checkout.apply')}
        </Button>
      </div>
    </>
  );
}
