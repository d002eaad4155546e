import { type Customer, saveBirthday } from '@loyaltykit/core';
import { useMemo, useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import * as css from '../widgets.css.ts';
import * as form from './EarnPage.css.ts';

// A leap year, so 29 February can be chosen.
const YEAR = 2024;

/** The birthday, shown once known, or a month-and-day form (set once; the backend refuses a second time). */
export function BirthdayForm({ birthday }: { birthday: Customer['birthday'] }) {
  const { model, i18n } = useLoyalty();
  const { announce } = usePanel();
  const [month, setMonth] = useState(1);
  const [day, setDay] = useState(1);
  const [saving, setSaving] = useState(false);
  const months = useMemo(() => {
    const name = new Intl.DateTimeFormat(i18n.tag, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => name.format(Date.UTC(YEAR, i, 1)));
  }, [i18n.tag]);

  if (birthday) {
    const date = new Intl.DateTimeFormat(i18n.tag, {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return <p class={css.hint}>{date.format(Date.UTC(YEAR, birthday.month - 1, birthday.day))}</p>;
  }

  const daysInMonth = new Date(Date.UTC(YEAR, month, 0)).getUTCDate();
  const save = (event: Event) => {
    event.preventDefault();
    setSaving(true);
    saveBirthday(model, { month, day: Math.min(day, daysInMonth) })
      .then(
        () => announce(i18n.t('earn.birthdaySaved')),
        () => announce(i18n.t('panel.error')),
      )
      .finally(() => setSaving(false));
  };

  return (
    <form class={form.birthday} onSubmit={save} aria-label={i18n.t('earn.birthday')}>
      <label class={form.field}>
        <span class={css.hint}>{i18n.t('earn.month')}</span>
        <select
          class={form.select}
          value={month}
          onChange={(event) => setMonth(Number(event.currentTarget.value))}
        >
          {months.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label class={form.field}>
        <span class={css.hint}>{i18n.t('earn.day')}</span>
        <select
          class={form.select}
          value={day}
          onChange={(event) => setDay(Number(event.currentTarget.value))}
        >
          {Array.from({ length: daysInMonth }, (_, i) => (
            <option key={i} value={i + 1}>
              {i18n.formatNumber(i + 1)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={saving} aria-busy={saving}>
        {i18n.t('earn.saveBirthday')}
      </Button>
    </form>
  );
}
