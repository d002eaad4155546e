import { type BonusEvent, formatDate, type Program } from '@loyaltykit/core';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as widgets from '../widgets.css.ts';

/** The bonus events live at `now`, whatever they apply to: every order, some collections or tiers. */
export const liveBonusEvents = (program: Program, now: number): BonusEvent[] =>
  program.bonusEvents.filter(
    (event) => Date.parse(event.startsAt) <= now && now < Date.parse(event.endsAt),
  );

/**
 * Every live bonus event, each with its multiplier, its last day and what it applies to, so a
 * shopper hears of a collection's double points before they reach the product.
 */
export function BonusEvents({ program }: { program: Program }) {
  const { i18n } = useLoyalty();
  const live = liveBonusEvents(program, Date.now());
  if (live.length === 0) return null;
  const tierNames = (ids: string[] = []) =>
    ids.map((id) => program.tiers.find((tier) => tier.id === id)?.name ?? id).join(', ');
  return (
    <ul class={iconList}>
      {live.map((event) => (
        <IconRow key={event.id} icon="bolt" highlight title={<bdi>{event.title}</bdi>}>
          <p class={widgets.hint}>
            {i18n.t('product.bonus', {
              multiplier: event.multiplier,
              // `endsAt` is exclusive: an event that ends at midnight lasts until the day before.
              date: formatDate(i18n.tag, new Date(Date.parse(event.endsAt) - 1).toJSON() ?? ''),
            })}
          </p>
          {event.scope !== 'all' && (
            <p class={widgets.hint}>
              {event.scope === 'collections'
                ? i18n.t('panel.bonusCollections')
                : i18n.t('redeem.tierOnly', { tiers: tierNames(event.tierIds) })}
            </p>
          )}
        </IconRow>
      ))}
    </ul>
  );
}
