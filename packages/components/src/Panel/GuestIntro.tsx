import type { Program } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from './sections.css.ts';

/** What a guest gets by joining, and the way in. */
export function GuestIntro({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  return (
    <section class={css.card}>
      <p class={css.greeting}>{i18n.t('guest.title', { program: program.name })}</p>
      <p class={css.eyebrow}>{i18n.t('guest.body')}</p>
      <div class={css.actions}>
        {program.signUpUrl && (
          <a class={css.button} href={program.signUpUrl}>
            {i18n.t('guest.join')}
          </a>
        )}
        {program.signInUrl && (
          <a class={css.secondaryButton} href={program.signInUrl}>
            {i18n.t('guest.signIn')}
          </a>
        )}
      </div>
    </section>
  );
}
