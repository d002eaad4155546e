import { type EarningRule, formatMoney, type Program } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { refereeReward } from '../referral-offer.ts';
import * as css from './sections.css.ts';

/**
 * The welcome for a guest who followed a friend's referral link: who sent them
 * (by the code the link carried), what the programme gives a referred friend,
 * and the points for joining.
 */
export function ReferralWelcome({ program, code }: { program: Program; code: string }) {
  const { i18n } = useLoyalty();
  const offer = program.referral;
  const signup = program.earningRules.find(
    (rule): rule is EarningRule & { kind: 'signup'; points: number } => rule.kind === 'signup',
  );
  return (
    <section
      class={css.welcome}
      aria-labelledby="lk-referral-welcome"
      data-testid="referral-welcome"
    >
      {/* Not a heading: on a store page (AccountSummary) an h3 would skip levels. The region's name says it. */}
      <p class={css.sectionTitle} id="lk-referral-welcome">
        {i18n.t('referral.welcome', { program: program.name })}
      </p>
      {offer && (
        <p class={css.welcomeText}>
          {i18n.t('referral.welcomeGift', { reward: refereeReward(offer, i18n) })}
          {offer.minimumOrder &&
            ` ${i18n.t('referral.welcomeMinimum', {
              minimum: formatMoney(i18n.tag, offer.minimumOrder),
            })}`}
        </p>
      )}
      {signup && signup.points > 0 && (
        <p class={css.welcomeText}>
          {i18n.t('referral.welcomePoints', {
            points: i18n.t('points', { count: signup.points }),
          })}
        </p>
      )}
      <p class={css.eyebrow}>{i18n.t('referral.welcomeCode', { code })}</p>
    </section>
  );
}
