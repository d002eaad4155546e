import { type EarningRule, formatMoney, type Program, type RuleUsage } from '@loyaltykit/core';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';

/** Every way to earn, with what it gives; rules the member has used up are marked done. */
export function EarnPage({ program, usage }: { program: Program; usage: RuleUsage[] }) {
  const { i18n } = useLoyalty();
  const gives = (rule: EarningRule) =>
    rule.kind === 'order'
      ? i18n.t('earn.rate', {
          points: i18n.t('points', { count: rule.rate.points }),
          amount: formatMoney(i18n.locale, rule.rate.per),
        })
      : i18n.t('points', { count: rule.points });
  const done = (rule: EarningRule) => {
    const used = usage.find((u) => u.ruleId === rule.id)?.count ?? 0;
    return rule.limit?.per === 'lifetime' && used >= rule.limit.count;
  };
  return (
    <ul class={css.list}>
      {program.earningRules.map((rule) => (
        <li key={rule.id} class={css.row}>
          <div class={css.head}>
            <span class={css.title}>
              <bdi>{rule.title}</bdi>
            </span>
            <span class={css.price}>{done(rule) ? i18n.t('earn.done') : gives(rule)}</span>
          </div>
          {rule.description && <p class={css.hint}>{rule.description}</p>}
        </li>
      ))}
    </ul>
  );
}
