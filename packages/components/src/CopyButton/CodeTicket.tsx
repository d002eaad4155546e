import type { Ref } from 'preact';
import * as css from './CodeTicket.css.ts';
import { CopyButton, type CopyButtonProps } from './CopyButton.tsx';

export interface CodeTicketProps {
  /** The code, or with `link` the URL. */
  value: string;
  /** What the value is ("Your code for $5 off"): the ticket's name, said when focus moves to it. */
  label: string;
  /** A URL: on one line in a read-only field that scrolls, instead of large type that would wrap. */
  link?: boolean;
  /** The copy button's words, sharing and what to do once copied. */
  copy?: Omit<CopyButtonProps, 'text' | 'variant'>;
  /** For a caller that moves focus to the ticket when it appears (a code just issued). */
  groupRef?: Ref<HTMLDivElement>;
}

/** A code or link as a ticket, with a prominent copy button that shows and says when it copied. */
export function CodeTicket({ value, label, link, copy, groupRef }: CodeTicketProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named focus target around a value and its button, not form fields; a <fieldset> sizes to its min-content and would push a long code out of the panel.
    <div class={css.frame} role="group" aria-label={label} tabIndex={-1} ref={groupRef}>
      <div class={css.ticket}>
        {link ? (
          <input
            class={css.field}
            type="url"
            readOnly
            value={value}
            aria-label={label}
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : (
          <p class={css.code} data-testid="redemption-code">
            <bdi>{value}</bdi>
          </p>
        )}
        <div class={css.action}>
          <CopyButton text={value} variant="primary" {...copy} />
        </div>
      </div>
    </div>
  );
}
