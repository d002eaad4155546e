import { type EarningRule, formatMoney, type I18n, type OrderRule } from '@loyaltykit/core';

/** An order rule's rate in words: "5 points per $1.00", the money as the locale writes it. */
export const earnRate = (i18n: I18n, rule: OrderRule): string =>
  i18n.t('earn.rate', {
    points: i18n.t('points', { count: rule.rate.points }),
    amount: formatMoney(i18n.tag, rule.rate.per),
  });

/** What a way to earn gives: its rate for orders ("5 points per $1.00"), its points otherwise. */
export const earnText = (i18n: I18n, rule: EarningRule): string =>
  rule.kind === 'order' ? earnRate(i18n, rule) : i18n.t('points', { count: rule.points });
