import { type Customer, type Program, safeUrl } from '@loyaltykit/core';
import { ReferralLinkTicket } from '../CopyButton/ReferralLinkTicket.tsx';
import { Icon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import { refereeReward } from '../referral-offer.ts';
import * as css from './ReferralPage.css.ts';

/** The member's referral link and code, to copy or share, what both sides get, and what it has brought. */
export function ReferralPage({
  program,
  customer,
}: {
  program: Program;
  customer: Customer | null;
}) {
  const { i18n } = useLoyalty();
  const { announce } = usePanel();
  const offer = program.referral;
  if (!offer) return null;
  const reward = refereeReward(offer, i18n);
  const referral = customer?.referral;
  const link = safeUrl(referral?.url, 'customer.referral.url');
  const shareText = i18n.t('referral.shareText', { reward, program: program.name });

  return (
    <>
      <p class={css.offer}>
        {i18n.t('referral.offer', {
          reward,
          points: i18n.t('points', { count: offer.referrerPoints }),
        })}
      </p>
      {referral && (
        <section class={css.card} aria-label={i18n.t('referral.link')}>
          <p class={css.label}>{i18n.t('referral.link')}</p>
          {link && (
            <ReferralLinkTicket
              link={link}
              title={program.name}
              text={shareText}
              announce={announce}
            />
          )}
          <ul class={css.stats}>
            <li class={css.stat}>
              <Icon name="users" class={css.statIcon} />
              {i18n.t('referral.invited', { count: referral.invited })}
            </li>
            <li class={css.stat}>
              <Icon name="bag" class={css.statIcon} />
              {i18n.t('referral.converted', { count: referral.converted })}
            </li>
            <li class={css.stat}>
              <Icon name="coins" class={css.statIcon} />
              {i18n.t('referral.earned', {
                points: i18n.t('points', { count: referral.pointsEarned }),
              })}
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
