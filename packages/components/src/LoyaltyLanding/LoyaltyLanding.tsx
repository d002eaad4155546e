import { formatMoney, type OrderRule, type Program, safeUrl } from '@loyaltykit/core';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { EarnPage } from '../EarnPage/EarnPage.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { RewardList } from '../Panel/RewardList.tsx';
import { joinUrl } from '../referral-offer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import { VipPage } from '../VipPage/VipPage.tsx';
import * as css from '../widgets.css.ts';
import * as own from './LoyaltyLanding.css.ts';

export interface LoyaltyLandingProps {
  /**
   * The programme to present. Default: the model's, once loaded. The static
   * render ({@link renderLandingHtml}) passes it, having no backend.
   */
  program?: Program;
  /**
   * The code of the referral link the shopper arrived by (`?lk_ref=`): the join
   * link passes it on to the sign-up URL. The script tag passes it for you.
   */
  referralCode?: string;
}

/**
 * The loyalty landing page section: how the programme works, ways to earn,
 * rewards, tiers and questions, from the programme alone, so it renders to
 * static HTML at build time (`renderLandingHtml`) and hydrates to the same
 * markup. Only the call to action depends on the shopper, and only after
 * hydration: members get a button to their rewards instead of join links.
 *
 * @example
 * ```tsx
 * <LoyaltyProvider model={model} i18n={createI18n('th')}>
 *   <LoyaltyLanding />
 * </LoyaltyProvider>
 * ```
 */
export function LoyaltyLanding({ program: given, referralCode }: LoyaltyLandingProps) {
  const { model, i18n } = useLoyalty();
  const loaded = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);
  // False during hydration, so the first client render matches the static HTML.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const program = given ?? loaded;
  if (!program) {
    return <p class={css.hint}>{i18n.t(status === 'error' ? 'panel.error' : 'panel.loading')}</p>;
  }
  const t = i18n.t;
  const join = joinUrl(program.signUpUrl, referralCode);
  const signIn = safeUrl(program.signInUrl, 'program.signInUrl');
  const order = program.earningRules.find((rule): rule is OrderRule => rule.kind === 'order');
  const faq: [question: string, answer: string][] = [];
  if (order) {
    const rate = t('earn.rate', {
      points: t('points', { count: order.rate.points }),
      amount: formatMoney(i18n.tag, order.rate.per),
    });
    faq.push([t('faq.earnQ'), t('faq.earnA', { rate })]);
  }
  faq.push([t('faq.redeemQ'), t('faq.redeemA')]);
  if (program.pendingDays) {
    faq.push([t('faq.pendingQ'), t('faq.pendingA', { count: program.pendingDays })]);
  }

  return (
    <article class={own.landing}>
      <div class={own.hero}>
        <h2 class={own.title}>
          <bdi>{program.name}</bdi>
        </h2>
        <p class={css.text}>{t('guest.body')}</p>
        <div class={css.actions}>
          {live && customer ? (
            <Button onClick={() => model.openPanel('rewards')}>{t('nav.rewards')}</Button>
          ) : (
            <>
              {join && <Button href={join}>{t('guest.join')}</Button>}
              {signIn && (
                <Button variant="secondary" href={signIn}>
                  {t('guest.signIn')}
                </Button>
              )}
            </>
          )}
        </div>
      </div>

      <section class={own.section}>
        <h3 class={own.sectionTitle}>{t('landing.how')}</h3>
        <ol class={own.steps}>
          <li class={own.step}>{t('landing.stepJoin')}</li>
          <li class={own.step}>{t('landing.stepEarn')}</li>
          <li class={own.step}>{t('landing.stepRedeem')}</li>
        </ol>
      </section>

      <section class={own.section}>
        <h3 class={own.sectionTitle}>{t('nav.earn')}</h3>
        <EarnPage program={program} customer={null} />
      </section>

      <RewardList rewards={program.rewards} customer={null} />

      {program.tiers.length > 0 && (
        <section class={own.section}>
          <h3 class={own.sectionTitle}>{t('nav.vip')}</h3>
          <VipPage program={program} customer={null} />
        </section>
      )}

      <section class={own.section}>
        <h3 class={own.sectionTitle}>{t('landing.faq')}</h3>
        {faq.map(([question, answer]) => (
          <details key={question} class={own.question}>
            <summary class={own.summary}>{question}</summary>
            <p class={css.text}>{answer}</p>
          </details>
        ))}
      </section>
    </article>
  );
}
