import { type Customer, can, type EarningRule, formatMoney, type Program } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { BirthdayForm } from './BirthdayForm.tsx';
import { SocialAction } from './SocialAction.tsx';

/**
 * Every way to earn, with what it gives. Members can act from here: follow or
 * share and claim the points, enter their birthday once, where the backend
 * takes claims and birthdays. Rules used up are marked done.
 */
export function EarnPage({ program, customer }: { program: Program; customer: Customer | null }) {
  const { i18n } = useLoyalty();
  const gives = (rule: EarningRule) =>
    rule.kind === 'order'
      ? i18n.t('earn.rate', {
          points: i18n.t('points', { count: rule.rate.points }),
          amount: formatMoney(i18n.tag, rule.rate.per),
        })
      : i18n.t('points', { count: rule.points });
  const usedUp = (rule: EarningRule) => {
    const used = customer?.ruleUsage.find((u) => u.ruleId === rule.id)?.count ?? 0;
    return rule.limit?.per === 'lifetime' && used >= rule.limit.count;
  };
  return (
    <ul class={css.list}>
      {program.earningRules.map((rule) => {
        const done = usedUp(rule);
        return (
          <li key={rule.id} class={css.row}>
            <div class={css.head}>
              <span class={css.title}>
                <bdi>{rule.title}</bdi>
              </span>
              <span class={css.price}>{done ? i18n.t('earn.done') : gives(rule)}</span>
            </div>
            {rule.description && (
              <p class={css.hint}>
                <bdi>{rule.description}</bdi>
              </p>
            )}
            {customer &&
              !done &&
              (rule.kind === 'social_follow' || rule.kind === 'social_share') &&
              can(program, 'actions') && <SocialAction rule={rule} />}
            {customer && rule.kind === 'birthday' && can(program, 'birthday') && (
              <BirthdayForm birthday={customer.birthday} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
