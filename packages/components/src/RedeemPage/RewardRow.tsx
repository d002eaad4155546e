import {
  type Customer,
  formatDate,
  formatMoney,
  maxVariablePoints,
  type Program,
  type Reward,
  rewardAvailability,
  variableRewardValue,
} from '@loyaltykit/core';
import { useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { CopyButton } from '../CopyButton/CopyButton.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import { failureKey, isIdentityChange } from '../redemption-messages.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from './RedeemPage.css.ts';

/**
 * One reward: its price and what stands between the member and it, and the
 * redemption itself: confirm, one click, the code with copy and apply.
 */
export function RewardRow({
  reward,
  customer,
  program,
}: {
  reward: Reward;
  customer: Customer;
  program: Program;
}) {
  const { i18n, emit } = useLoyalty();
  const { flow, announce } = usePanel();
  const intent = useSignalValue(flow.intent);
  const [confirming, setConfirming] = useState(false);
  const maxPoints =
    reward.kind === 'variable' ? maxVariablePoints(reward, customer.balance.available) : 0;
  const [points, setPoints] = useState(reward.pointsPrice);

  const mine = intent?.rewardId === reward.id ? intent : undefined;
  const availability = rewardAvailability(reward, customer);
  const spend = reward.kind === 'variable' ? points : reward.pointsPrice;
  const pointsText = i18n.t('points', { count: spend });

  const redeem = () => {
    flow.redeem(reward.id, reward.kind === 'variable' ? { points } : {}).then(
      (redemption) => {
        setConfirming(false);
        announce(`${i18n.t('redeem.success', { reward: reward.title })}: ${redemption.code}`);
      },
      (reason: unknown) => {
        const failed = flow.intent.peek();
        if (isIdentityChange(reason) || failed?.status !== 'failed') return;
        // A refusal ends this intent; an unknown outcome keeps it open for a same-key retry.
        if (!failed.retryable) setConfirming(false);
        announce(i18n.t(failureKey(failed)));
      },
    );
  };

  let status: preact.ComponentChildren = null;
  if (availability.status === 'tier_locked') {
    const names = availability.tierIds.map(
      (id) => program.tiers.find((t) => t.id === id)?.name ?? id,
    );
    status = <p class={css.hint}>{i18n.t('redeem.tierOnly', { tiers: names.join(', ') })}</p>;
  } else if (availability.status === 'insufficient_points') {
    status = <p class={css.hint}>{i18n.t('panel.toGo', { count: availability.missing })}</p>;
  }

  return (
    <li class={css.row}>
      <div class={css.head}>
        <span class={css.title}>
          <bdi>{reward.title}</bdi>
        </span>
        <span class={css.price}>{i18n.t('points', { count: reward.pointsPrice })}</span>
      </div>
      {status}

      {mine?.status === 'succeeded' ? (
        <>
          <p class={css.hint}>{i18n.t('redeem.success', { reward: reward.title })}</p>
          <p class={css.code} data-testid="redemption-code">
            <bdi>{mine.redemption.code}</bdi>
          </p>
          {mine.redemption.expiresAt && (
            <p class={css.hint}>
              {i18n.t('redeem.expires', {
                date: formatDate(i18n.tag, mine.redemption.expiresAt),
              })}
            </p>
          )}
          <div class={css.actions}>
            <CopyButton
              text={mine.redemption.code}
              onCopied={() => announce(i18n.t('redeem.copied'))}
            />
            <Button onClick={() => emit({ type: 'redeem', redemption: mine.redemption })}>
              {i18n.t('redeem.apply')}
            </Button>
          </div>
        </>
      ) : availability.status === 'available' ? (
        <>
          {reward.kind === 'variable' && maxPoints > 0 && (
            <div class={css.stepper}>
              <Button
                variant="secondary"
                aria-label={i18n.t('redeem.less')}
                disabled={points <= reward.pointsPrice}
                onClick={() =>
                  setPoints((p) => Math.max(reward.pointsPrice, p - reward.pointsStep))
                }
              >
                −
              </Button>
              <span class={css.stepperValue} aria-live="polite">
                {i18n.t('redeem.value', {
                  points: pointsText,
                  value: formatMoney(i18n.tag, variableRewardValue(reward, points)),
                })}
              </span>
              <Button
                variant="secondary"
                aria-label={i18n.t('redeem.more')}
                disabled={points + reward.pointsStep > maxPoints}
                onClick={() => setPoints((p) => Math.min(maxPoints, p + reward.pointsStep))}
              >
                +
              </Button>
            </div>
          )}
          {mine?.status === 'failed' && (
            <p class={css.error} role="alert">
              {i18n.t(failureKey(mine))}
            </p>
          )}
          {confirming || mine?.status === 'pending' ? (
            <div class={css.actions}>
              <p class={css.hint}>
                {i18n.t('redeem.confirm', { points: pointsText, reward: reward.title })}
              </p>
              <Button
                onClick={redeem}
                disabled={mine?.status === 'pending'}
                aria-busy={mine?.status === 'pending'}
              >
                {mine?.status === 'pending'
                  ? i18n.t('redeem.pending')
                  : mine?.status === 'failed' && mine.retryable
                    ? i18n.t('panel.retry')
                    : i18n.t('redeem.confirmYes')}
              </Button>
              <Button
                variant="quiet"
                onClick={() => setConfirming(false)}
                disabled={mine?.status === 'pending'}
              >
                {i18n.t('redeem.confirmNo')}
              </Button>
            </div>
          ) : (
            <div class={css.actions}>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {i18n.t('redeem.action')}
              </Button>
            </div>
          )}
        </>
      ) : null}
    </li>
  );
}
