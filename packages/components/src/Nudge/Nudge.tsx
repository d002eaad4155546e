import { cheapestRedeemable } from '@loyaltykit/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from './Nudge.css.ts';

export interface NudgeProps {
  /** Whether a nudge may show now, e.g. none shown in the last days. Default: always. */
  allowed?: () => boolean;
  /** Told when the nudge shows, to rate-limit the next ones. */
  onShow?: () => void;
  /** How long after mounting it may show (ms): not while the shopper takes in the page. Default 4000. */
  delayMs?: number;
  /** How long it stays unless acted on (ms). Default 15000. */
  durationMs?: number;
}

/**
 * A small, dismissible prompt above the launcher when the member can redeem a
 * reward now: "You can redeem 500 points for $5 off". It never takes focus,
 * and is said once by screen readers (a polite live region). It shows at most
 * once per mount, after `delayMs`, only if `allowed()` and the panel has not
 * been opened, and goes away on dismiss, after `durationMs`, or when the panel
 * opens; "See rewards" opens the panel on the rewards the member can redeem.
 *
 * @example
 * ```tsx
 * <Nudge allowed={() => !sessionStorage.nudged} onShow={() => (sessionStorage.nudged = '1')} />
 * ```
 */
export function Nudge({ allowed, onShow, delayMs = 4000, durationMs = 15000 }: NudgeProps) {
  const { model, i18n } = useLoyalty();
  const customer = useSignalValue(model.customer);
  const program = useSignalValue(model.program);
  const open = useSignalValue(model.panelOpen);
  const reward = customer && program && cheapestRedeemable(program.rewards, customer);
  const canRedeem = Boolean(reward);
  // 'waiting' → 'shown' → 'done': one nudge per mount, never back.
  const [phase, setPhase] = useState<'waiting' | 'shown' | 'done'>('waiting');
  // The latest callbacks, read when the delay is over: callers pass new functions on every
  // render, and a re-render (a repaint, a new programme object) must not restart the wait.
  const callbacks = useRef({ allowed, onShow });
  callbacks.current = { allowed, onShow };

  useEffect(() => {
    if (phase !== 'waiting' || !canRedeem) return;
    const timer = setTimeout(() => {
      const { allowed: mayShow, onShow: shown } = callbacks.current;
      if (mayShow && !mayShow()) return setPhase('done');
      shown?.();
      setPhase('shown');
    }, delayMs);
    return () => clearTimeout(timer);
  }, [phase, canRedeem, delayMs]);

  useEffect(() => {
    if (phase !== 'shown') return;
    const timer = setTimeout(() => setPhase('done'), durationMs);
    return () => clearTimeout(timer);
  }, [phase, durationMs]);

  // Opening the panel, before or while it shows, ends it: the shopper has seen their rewards.
  useEffect(() => {
    if (open) setPhase('done');
  }, [open]);

  const shown = phase === 'shown' && reward;
  return (
    // The live region is there from the start, so what appears in it is announced.
    <div role="status">
      {shown && (
        <div class={css.nudge} data-testid="nudge">
          <div class={css.body}>
            <p>
              {i18n.t('nudge.redeemable', {
                points: i18n.t('points', { count: reward.pointsPrice }),
                reward: reward.title,
              })}
            </p>
            <Button variant="quiet" onClick={() => model.openPanel('redeem')}>
              {i18n.t('nudge.see')}
            </Button>
          </div>
          <button
            type="button"
            class={css.dismiss}
            aria-label={i18n.t('nudge.dismiss')}
            onClick={() => setPhase('done')}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
