import { formatMoney, type Reward, variableRewardValue } from '@loyaltykit/core';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import * as css from './RedeemPage.css.ts';

type VariableReward = Extract<Reward, { kind: 'variable' }>;

/**
 * How many points a variable reward takes, in whole steps from its price up to `max`, and what
 * they buy, said in the panel's live region at each step. At either end its button is
 * `aria-disabled`, not disabled, so focus stays on it rather than falling to the page.
 */
export function PointsStepper({
  reward,
  points,
  max,
  onChange,
}: {
  reward: VariableReward;
  points: number;
  max: number;
  onChange(points: number): void;
}) {
  const { i18n } = useLoyalty();
  const { announce } = usePanel();
  const value = (spend: number) =>
    i18n.t('redeem.value', {
      points: i18n.t('points', { count: spend }),
      value: formatMoney(i18n.tag, variableRewardValue(reward, spend)),
    });
  const step = (by: number, label: 'redeem.less' | 'redeem.more', symbol: string) => {
    const next = points + by;
    const stuck = next < reward.pointsPrice || next > max;
    return (
      <Button
        variant="secondary"
        aria-label={i18n.t(label)}
        aria-disabled={stuck || undefined}
        onClick={() => {
          if (stuck) return;
          onChange(next);
          announce(value(next));
        }}
      >
        {symbol}
      </Button>
    );
  };
  return (
    <div class={css.stepper}>
      {step(-reward.pointsStep, 'redeem.less', '−')}
      <span class={css.stepperValue}>{value(points)}</span>
      {step(reward.pointsStep, 'redeem.more', '+')}
    </div>
  );
}
