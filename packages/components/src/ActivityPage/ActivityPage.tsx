import { createActivityFeed, formatDate } from '@loyaltykit/core';
import { useEffect, useMemo } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from '../RedeemPage/RedeemPage.css.ts';
import { useSignalValue } from '../useSignalValue.ts';

/** The points ledger, newest first, a page at a time. */
export function ActivityPage() {
  const { model, i18n } = useLoyalty();
  const feed = useMemo(() => createActivityFeed(model), [model]);
  const entries = useSignalValue(feed.entries);
  const status = useSignalValue(feed.status);
  useEffect(() => {
    void feed.loadMore();
  }, [feed]);

  const signed = (points: number) =>
    `${points > 0 ? '+' : points < 0 ? '−' : ''}${i18n.t('points', { count: Math.abs(points) })}`;

  return (
    <>
      {entries.length === 0 && status === 'done' && (
        <p class={css.hint}>{i18n.t('activity.empty')}</p>
      )}
      <ul class={css.list}>
        {entries.map((entry) => (
          <li key={entry.id} class={css.row}>
            <div class={css.head}>
              <span class={css.title}>
                <bdi>{entry.description}</bdi>
              </span>
              <span class={css.price}>
                <bdi>{signed(entry.points)}</bdi>
              </span>
            </div>
            <p class={css.hint}>
              {entry.pendingUntil
                ? i18n.t('activity.pendingUntil', {
                    date: formatDate(i18n.tag, entry.pendingUntil),
                  })
                : formatDate(i18n.tag, entry.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      {status === 'loading' && <p class={css.hint}>{i18n.t('panel.loading')}</p>}
      {status === 'error' && <p class={css.error}>{i18n.t('panel.error')}</p>}
      {(status === 'more' || status === 'error') && (
        <Button variant="secondary" onClick={() => feed.loadMore()}>
          {status === 'error' ? i18n.t('panel.retry') : i18n.t('activity.more')}
        </Button>
      )}
    </>
  );
}
