import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { GuestIntro } from '../Panel/GuestIntro.tsx';
import { MemberSummary } from '../Panel/MemberSummary.tsx';
import { TierProgress } from '../TierProgress/TierProgress.tsx';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';
import * as own from './AccountSummary.css.ts';

/** Props of AccountSummary. */
export interface AccountSummaryProps {
  /**
   * The code of the referral link the shopper arrived by (`?lk_ref=`): a guest is
   * welcomed as a referred friend and the join link passes it on to the
   * sign-up URL. The script tag passes it for you.
   */
  referralCode?: string;
}

/**
 * For account pages: the member's balance (with points on their way and
 * about to expire), tier and progress, unused rewards, and a button that
 * opens the panel on them. Guests see what joining gets them.
 *
 * @example
 * ```tsx
 * <LoyaltyProvider model={model} i18n={i18n}>
 *   <AccountSummary />
 *   <Panel />
 * </LoyaltyProvider>
 * ```
 */
export function AccountSummary({ referralCode }: AccountSummaryProps = {}) {
  const { model, i18n } = useLoyalty();
  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);

  if (!program || customer === undefined) {
    return status === 'error' ? (
      <p class={css.hint}>{i18n.t('panel.error')}</p>
    ) : (
      <p class={css.hint}>{i18n.t('panel.loading')}</p>
    );
  }
  if (!customer) return <GuestIntro program={program} referralCode={referralCode} />;

  const unused = customer.redemptions.length;
  return (
    <section class={own.layout}>
      <MemberSummary customer={customer} />
      <div class={own.side}>
        {customer.tier && program.tiers.length > 0 && (
          <TierProgress program={program} status={customer.tier} />
        )}
        <p class={css.text}>{i18n.t('account.rewards', { count: unused })}</p>
        <div class={css.actions}>
          <Button variant="secondary" onClick={() => model.openPanel('rewards')}>
            {i18n.t('nav.rewards')}
          </Button>
        </div>
      </div>
    </section>
  );
}
