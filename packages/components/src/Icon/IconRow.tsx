import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon.tsx';
import * as css from './IconRow.css.ts';

/** The tones of a row: the brand's, money in, or neutral (money out, the past). */
export type IconRowTone = keyof typeof css.disc;

export interface IconRowProps {
  icon: IconName;
  tone?: IconRowTone;
  /** The row's name; merchant-written text is isolated by the caller (`<bdi>`). */
  title: ComponentChildren;
  /** What it gives or costs, at the end of the title's line. */
  aside?: ComponentChildren;
  /** Lines below the title: a description, a date, actions. */
  children?: ComponentChildren;
  /** Highlighted, and `aria-current` for screen readers: the member's own tier. */
  current?: boolean;
  /** Highlighted only: news such as a live bonus event. */
  highlight?: boolean;
}

/**
 * One card of a panel list (ways to earn, activity, tiers): the icon in a tinted disc, the title
 * and what it is worth, the details below. Render it inside `<ul class={list}>`.
 */
export function IconRow({
  icon,
  tone = 'brand',
  title,
  aside,
  children,
  current,
  highlight,
}: IconRowProps) {
  return (
    <li
      class={current || highlight ? `${css.row} ${css.highlight}` : css.row}
      aria-current={current || undefined}
    >
      <span class={css.disc[tone]}>
        <Icon name={icon} class={css.discIcon} />
      </span>
      <div class={css.body}>
        <div class={css.head}>
          <span class={css.title}>{title}</span>
          {aside !== undefined && <span class={css.aside[tone]}>{aside}</span>}
        </div>
        {children}
      </div>
    </li>
  );
}

export { list as iconList } from './IconRow.css.ts';
