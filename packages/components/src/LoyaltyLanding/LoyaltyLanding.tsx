import { type OrderRule, type Program, safeUrl } from '@loyaltykit/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { earnRate } from '../earn-text.ts';
import { Icon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { joinUrl } from '../referral-offer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as widgets from '../widgets.css.ts';
import { EarnCards, RewardCards, TierCards } from './LandingCards.tsx';
import * as css from './LoyaltyLanding.css.ts';

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

/** A titled part of the page. */
function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class={css.section}>
      <h3 class={css.sectionTitle}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * The loyalty landing page section: a hero in the brand's colours, how the
 * programme works, ways to earn and rewards as cards, the tiers side by side
 * and questions that open on demand, from the programme alone, so it renders
 * to static HTML at build time (`renderLandingHtml`) and hydrates to the same
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
    return (
      <p class={widgets.hint}>{i18n.t(status === 'error' ? 'panel.error' : 'panel.loading')}</p>
    );
  }
  const t = i18n.t;
  const join = joinUrl(program.signUpUrl, referralCode);
  const signIn = safeUrl(program.signInUrl, 'program.signInUrl');
  const order = program.earningRules.find((rule): rule is OrderRule => rule.kind === 'order');
  const rate = order && earnRate(i18n, order);
  const faq: [question: string, answer: string][] = [];
  if (rate) faq.push([t('faq.earnQ'), t('faq.earnA', { rate })]);
  faq.push([t('faq.redeemQ'), t('faq.redeemA')]);
  if (program.pendingDays) {
    faq.push([t('faq.pendingQ'), t('faq.pendingA', { count: program.pendingDays })]);
  }

  return (
    <article class={css.landing}>
      <div class={css.hero}>
        <div class={css.heroText}>
          <h2 class={css.title}>
            <bdi>{program.name}</bdi>
          </h2>
          <p class={css.lead}>{t('guest.body')}</p>
          {rate && <p class={css.rate}>{t('product.earn', { points: rate })}</p>}
          <div class={css.actions}>
            {live && customer ? (
              <button type="button" class={css.cta} onClick={() => model.openPanel('rewards')}>
                {t('nav.rewards')}
              </button>
            ) : (
              <>
                {join && (
                  <a class={css.cta} href={join}>
                    {t('guest.join')}
                  </a>
                )}
                {signIn && (
                  <a class={css.ctaSecondary} href={signIn}>
                    {t('guest.signIn')}
                  </a>
                )}
              </>
            )}
          </div>
        </div>
        <Icon name="gift" class={css.heroArt} />
      </div>

      <Section title={t('landing.how')}>
        <ol class={css.steps}>
          <li class={css.step}>{t('landing.stepJoin')}</li>
          <li class={css.step}>{t('landing.stepEarn')}</li>
          <li class={css.step}>{t('landing.stepRedeem')}</li>
        </ol>
      </Section>

      <Section title={t('nav.earn')}>
        <EarnCards program={program} />
      </Section>

      <Section title={t('panel.rewards')}>
        <RewardCards program={program} />
      </Section>

      {program.tiers.length > 0 && (
        <Section title={t('nav.vip')}>
          <TierCards program={program} />
        </Section>
      )}

      <Section title={t('landing.faq')}>
        <div class={css.faq}>
          {faq.map(([question, answer]) => (
            <details key={question} class={css.question}>
              <summary class={css.summary}>{question}</summary>
              <p class={css.answer}>{answer}</p>
            </details>
          ))}
        </div>
      </Section>
    </article>
  );
}
