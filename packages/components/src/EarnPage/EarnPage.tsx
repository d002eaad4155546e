import { type Customer, can, type EarningRule, formatMoney, type Program } from '@loyaltykit/core';
import { earnIcon } from '../Icon/Icon.tsx';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as widgets from '../widgets.css.ts';
import { BirthdayForm } from './BirthdayForm.tsx';
import { SocialAction } from './SocialAction.tsx';

/**
 * Every way to earn, each with its icon and what it gives. Members can act from here: follow or
 * share and claim the points, enter their birthday once, where the backend takes claims and
 * birthdays. Rules used up are marked done.
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
    <ul class={iconList}>
      {program.earningRules.map((rule) => {
        const done = usedUp(rule);
        return (
          <IconRow
            key={rule.id}
            icon={earnIcon(rule)}
            tone={done ? 'success' : 'brand'}
            title={<bdi>{rule.title}</bdi>}
            aside={done ? i18n.t('earn.done') : gives(rule)}
          >
            {rule.description && (
              <p class={widgets.hint}>
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
          </IconRow>
        );
      })}
    </ul>
  );
}
