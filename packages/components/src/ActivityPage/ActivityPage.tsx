import { createActivityFeed, formatDate, writesPlainEnglish } from '@loyaltykit/core';
import { useEffect, useMemo } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { IconRow, iconList } from '../Icon/IconRow.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { useSignalValue } from '../useSignalValue.ts';
import * as css from '../widgets.css.ts';

/**
 * The points ledger, newest first, a page at a time. Points in and out differ by sign, icon and
 * colour; the sign is text, so screen readers say "plus 120 points", "minus 500 points".
 */
export function ActivityPage() {
  const { model, i18n } = useLoyalty();
  const feed = useMemo(() => createActivityFeed(model), [model]);
  const entries = useSignalValue(feed.entries);
  const status = useSignalValue(feed.status);
  // The locale's own plus and minus signs (Arabic marks them for direction); plain English
  // writes them without building an Intl formatter (core's english.ts says why).
  const signed = useMemo(
    () =>
      writesPlainEnglish(i18n.tag)
        ? { format: (points: number) => `${points > 0 ? '+' : ''}${i18n.formatNumber(points)}` }
        : new Intl.NumberFormat(i18n.tag, { signDisplay: 'exceptZero' }),
    [i18n],
  );
  useEffect(() => {
    void feed.loadMore();
  }, [feed]);

  return (
    <>
      {entries.length === 0 && status === 'done' && (
        <p class={css.hint}>{i18n.t('activity.empty')}</p>
      )}
      <ul class={iconList}>
        {entries.map((entry) => (
          <IconRow
            key={entry.id}
            icon={entry.kind === 'expire' ? 'clock' : entry.points < 0 ? 'debit' : 'credit'}
            tone={entry.points > 0 ? 'success' : 'muted'}
            title={<bdi>{entry.description}</bdi>}
            // Our own words in the page's direction, the number isolated inside them: no <bdi>,
            // whose first strong letter would be the mark Intl puts before an Arabic sign.
            aside={i18n.t('activity.points', {
              count: Math.abs(entry.points),
              signed: signed.format(entry.points),
            })}
          >
            <p class={css.hint}>
              {entry.pendingUntil
                ? i18n.t('activity.pendingUntil', {
                    date: formatDate(i18n.tag, entry.pendingUntil),
                  })
                : formatDate(i18n.tag, entry.createdAt)}
            </p>
          </IconRow>
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
