import { type Program, referralCodeOf, safeUrl } from '@loyaltykit/core';
import { useContext } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { joinUrl } from '../referral-offer.ts';
import { PanelContext } from './panel-context.ts';
import { ReferralWelcome } from './ReferralWelcome.tsx';
import * as css from './sections.css.ts';

/**
 * What a guest gets by joining, and the way in. A guest who came by a
 * friend's referral link (`referralCode`) is welcomed first, and the join link
 * passes the code on to the merchant's sign-up page. Inside the panel, whose
 * header says what joining gives, the card says only whom to join.
 */
export function GuestIntro({ program, referralCode }: { program: Program; referralCode?: string }) {
  const { i18n } = useLoyalty();
  const code = referralCodeOf(referralCode);
  const join = joinUrl(program.signUpUrl, code);
  const signIn = safeUrl(program.signInUrl, 'program.signInUrl');
  const inPanel = useContext(PanelContext) !== undefined;
  return (
    <>
      {code && <ReferralWelcome program={program} code={code} />}
      <section class={css.card}>
        <p class={css.greeting}>{i18n.t('guest.title', { program: program.name })}</p>
        {!inPanel && <p class={css.eyebrow}>{i18n.t('guest.body')}</p>}
        <div class={css.actions}>
          {join && <Button href={join}>{i18n.t('guest.join')}</Button>}
          {signIn && (
            <Button variant="secondary" href={signIn}>
              {i18n.t('guest.signIn')}
            </Button>
          )}
        </div>
      </section>
    </>
  );
}
