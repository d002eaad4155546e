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
import { useRef, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { CodeTicket } from '../CopyButton/CodeTicket.tsx';
import { rewardIcon } from '../Icon/Icon.tsx';
import { IconRow } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import { failureKey, isIdentityChange } from '../redemption-messages.ts';
import { useFocusLater } from '../useFocusLater.ts';
import { useSignalValue } from '../useSignalValue.ts';
import { Confirm } from './Confirm.tsx';
import { PointsStepper } from './PointsStepper.tsx';
import * as css from './RedeemPage.css.ts';
import { RewardStatus } from './RewardStatus.tsx';

/**
 * One reward as a card: its kind's icon, its price and what stands between the member and it,
 * and the redemption itself: confirm, one click, the code as a ticket to copy, and apply.
 * Focus follows the flow: to the question, back to the button, or to the code once issued.
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
  const [points, setPoints] = useState(reward.pointsPrice);
  // Around the Redeem button: Button is a function component, whose ref would not be the <button>.
  const trigger = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusLater();

  const mine = intent?.rewardId === reward.id ? intent : undefined;
  const availability = rewardAvailability(reward, customer);
  const variable = reward.kind === 'variable';
  const spend = variable ? points : reward.pointsPrice;
  const pointsText = i18n.t('points', { count: spend });
  const title = reward.title;
  const success = i18n.t('redeem.success', { reward: title });

  const redeem = () => {
    flow.redeem(reward.id, variable ? { points } : {}).then(
      (redemption) => {
        setConfirming(false);
        focusLater(() => result.current);
        announce(`${success}: ${redemption.code}`);
      },
      (reason: unknown) => {
        const failed = flow.intent.peek();
        if (isIdentityChange(reason) || failed?.status !== 'failed') return;
        // A refusal ends this intent; an unknown outcome keeps it open for a same-key retry,
        // and focus on its button.
        if (!failed.retryable) {
          setConfirming(false);
          focusLater(() => trigger.current?.firstElementChild ?? problem.current);
        }
        announce(i18n.t(failureKey(failed)));
      },
    );
  };

  const failure = mine?.status === 'failed' && (
    <p class={css.error} role="alert" tabIndex={-1} ref={problem}>
      {i18n.t(failureKey(mine))}
    </p>
  );

  let body: preact.ComponentChildren = null;
  if (mine?.status === 'succeeded') {
    const { redemption } = mine;
    body = (
      <>
        <p class={css.hint}>{success}</p>
        <CodeTicket
          value={redemption.code}
          label={success}
          groupRef={result}
          copy={{ onCopied: () => announce(i18n.t('redeem.copied')) }}
        />
        {redemption.expiresAt && (
          <p class={css.hint}>
            {i18n.t('redeem.expires', { date: formatDate(i18n.tag, redemption.expiresAt) })}
          </p>
        )}
        <div class={css.actions}>
          <Button variant="secondary" onClick={() => emit({ type: 'redeem', redemption })}>
            {i18n.t('redeem.apply')}
          </Button>
        </div>
      </>
    );
  } else if (availability.status === 'available') {
    const max = variable ? maxVariablePoints(reward, customer.balance.available) : 0;
    const value = variable && formatMoney(i18n.tag, variableRewardValue(reward, points));
    body = (
      <>
        {variable && max > 0 && (
          <PointsStepper reward={reward} points={points} max={max} onChange={setPoints} />
        )}
        {confirming || mine?.status === 'pending' ? (
          <Confirm
            question={
              value
                ? i18n.t('redeem.confirmValue', { points: pointsText, value })
                : i18n.t('redeem.confirm', { points: pointsText, reward: title })
            }
            yes={i18n.t(
              mine?.status === 'pending'
                ? 'redeem.pending'
                : mine?.status === 'failed' && mine.retryable
                  ? 'panel.retry'
                  : 'redeem.confirmYes',
            )}
            pending={mine?.status === 'pending'}
            onYes={redeem}
            onNo={() => {
              setConfirming(false);
              focusLater(() => trigger.current?.firstElementChild);
            }}
          >
            {failure}
          </Confirm>
        ) : (
          <>
            {failure}
            <div class={css.actions} ref={trigger}>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {i18n.t('redeem.action')}
              </Button>
            </div>
          </>
        )}
      </>
    );
  } else {
    body = failure;
  }

  return (
    <IconRow
      icon={rewardIcon(reward.kind)}
      tone={availability.status === 'tier_locked' ? 'muted' : 'brand'}
      title={<bdi>{title}</bdi>}
      aside={i18n.t('points', { count: reward.pointsPrice })}
    >
      <RewardStatus
        reward={reward}
        tiers={program.tiers}
        availability={availability}
        balance={customer.balance.available}
      />
      {body}
    </IconRow>
  );
}
