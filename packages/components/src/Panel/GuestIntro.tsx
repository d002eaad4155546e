import type { Program } from '@loyaltykit/core';
import { Button } from '../Button/Button.tsx';
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
        {program.signUpUrl && <Button href={program.signUpUrl}>{i18n.t('guest.join')}</Button>}
        {program.signInUrl && (
          <Button variant="secondary" href={program.signInUrl}>
            {i18n.t('guest.signIn')}
          </Button>
        )}
      </div>
    </section>
  );
}
