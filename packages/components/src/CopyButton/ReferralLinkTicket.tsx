import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { CodeTicket } from './CodeTicket.tsx';

/**
 * The member's referral link as a one-line ticket: the share sheet where the browser has one,
 * copy otherwise, and `announce` says when it was copied (the referral page and the order page).
 */
export function ReferralLinkTicket({
  link,
  title,
  text,
  announce,
}: {
  link: string;
  /** The share sheet's title: the programme's name. */
  title: string;
  /** The share sheet's message, where there is one. */
  text?: string;
  announce: (message: string) => void;
}) {
  const { i18n } = useLoyalty();
  return (
    <CodeTicket
      value={link}
      label={i18n.t('referral.link')}
      link
      copy={{
        label: 'referral.copyLink',
        copiedLabel: 'referral.linkCopied',
        share: { label: 'referral.share', data: { title, text, url: link } },
        onCopied: () => announce(i18n.t('referral.linkCopied')),
      }}
    />
  );
}
