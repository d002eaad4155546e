import { type Customer, type Program, safeUrl } from '@loyaltykit/core';
import { Button } from '../Button/Button.tsx';
import { CopyButton } from '../CopyButton/CopyButton.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { refereeReward } from '../referral-offer.ts';

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
  const share =
    link && 'share' in navigator
      ? () =>
          navigator
            .share({
              title: program.name,
              text: i18n.t('referral.shareText', { reward, program: program.name }),
              url: link,
            })
            .catch(() => {
              // The shopper closed the share sheet: nothing to do.
            })
      : undefined;

  return (
    <>
      <p class={css.title}>
        {i18n.t('referral.offer', {
          reward,
          points: i18n.t('points', { count: offer.referrerPoints }),
        })}
      </p>
      {referral && (
        <section class={css.row} aria-label={i18n.t('referral.link')}>
          <p class={css.hint}>{i18n.t('referral.link')}</p>
          {link && (
            <>
              <p class={css.code}>
                <bdi>{link}</bdi>
              </p>
              <div class={css.actions}>
                <CopyButton
                  text={link}
                  label="referral.copyLink"
                  copiedLabel="referral.linkCopied"
                  onCopied={() => announce(i18n.t('referral.linkCopied'))}
                />
                {share && <Button onClick={share}>{i18n.t('referral.share')}</Button>}
              </div>
            </>
          )}
          <ul class={css.list}>
            <li class={css.hint}>{i18n.t('referral.invited', { count: referral.invited })}</li>
            <li class={css.hint}>{i18n.t('referral.converted', { count: referral.converted })}</li>
            <li class={css.hint}>
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
