import { redeemableNow } from '@loyaltykit/core';
import { useRef } from 'preact/hooks';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { useSignalValue } from '../useSignalValue.ts';
import { GiftIcon } from './GiftIcon.tsx';
import * as css from './Launcher.css.ts';

/**
 * The floating button that opens the panel. Members see their balance on it,
 * and a dot when a reward is theirs to redeem now (said in its name too);
 * everyone else sees the programme's call to action. It shows up once the
 * first load has settled, so its width never jumps.
 */
export function Launcher() {
  const { model, i18n } = useLoyalty();
  const customer = useSignalValue(model.customer);
  const program = useSignalValue(model.program);
  const open = useSignalValue(model.panelOpen);
  const status = useSignalValue(model.status);
  // Appears once the shopper is known, already showing the balance: swapping "Rewards" for
  // "1,250 points" later would move the button (a layout shift) under a reaching finger.
  // Once shown it stays, through reloads and sign-ins.
  const shown = useRef(false);
  if (!shown.current && customer === undefined && status !== 'error') return null;
  shown.current = true;
  const programLabel = i18n.t('launcher.label');
  const balance = customer ? i18n.t('points', { count: customer.balance.available }) : undefined;
  const rewardReady = customer && program?.rewards.some((r) => redeemableNow(r, customer));

  return (
    <button
      type="button"
      class={css.launcher}
      aria-haspopup="dialog"
      aria-expanded={open}
      // The visible balance alone ("1,250 points") would not say what the button is for,
      // and an icon-only launcher (a theme choice, CSS only) shows no text at all.
      aria-label={
        balance
          ? `${programLabel}: ${balance}${rewardReady ? `. ${i18n.t('launcher.rewardReady')}` : ''}`
          : programLabel
      }
      data-state={open ? 'open' : 'closed'}
      onClick={() => (open ? model.closePanel() : model.openPanel())}
    >
      <GiftIcon class={css.icon} />
      <span class={css.label}>{balance ?? programLabel}</span>
      {rewardReady && <span class={css.badge} data-testid="reward-ready" />}
    </button>
  );
}
