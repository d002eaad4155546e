import type { Program, TierStatus } from '@loyaltykit/core';
import { Icon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { ProgressBar } from '../ProgressBar/ProgressBar.tsx';
import * as css from './TierProgress.css.ts';

/** The member's tier, with its badge, and how far the next one is. */
export function TierProgress({ program, status }: { program: Program; status: TierStatus }) {
  const { i18n } = useLoyalty();
  const name = (id: string | undefined) => program.tiers.find((tier) => tier.id === id)?.name;
  const current = name(status.currentTierId);
  const next = name(status.nextTierId);
  const toNext =
    next && status.toNext !== undefined
      ? i18n.t('tier.toNext', { count: status.toNext, tier: next })
      : i18n.t('tier.top');
  return (
    <section class={css.tier}>
      {current && (
        <p class={css.name}>
          <Icon name="crown" class={css.badge} />
          {i18n.t('tier.current', { tier: current })}
        </p>
      )}
      <ProgressBar value={status.progress} label={next ?? current ?? ''} valueText={toNext} />
      <p class={css.hint}>{toNext}</p>
    </section>
  );
}
