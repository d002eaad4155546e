import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as css from './RedeemPage.css.ts';

export interface ConfirmProps {
  /** What will happen, as a question ("Spend 500 points on $5 off?"): the step's name. */
  question: string;
  /** The confirming button's words. */
  yes: string;
  /** The call is on its way: both buttons keep focus but do nothing, and say they are busy. */
  pending?: boolean;
  onYes(): void;
  onNo(): void;
  /** What went wrong last time, above the buttons. */
  children?: ComponentChildren;
}

/**
 * A second step before an action that spends or refunds points. Focus moves to it as it opens
 * (screen readers say the question). The second click of a double click on the button that
 * opened it (`detail` 2, wherever it lands) answers nothing: only a click of its own, or a key,
 * says yes or no.
 */
export function Confirm({ question, yes, pending, onYes, onNo, children }: ConfirmProps) {
  const { i18n } = useLoyalty();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => group.current?.focus(), []);
  const answer = (act: () => void) => (event: MouseEvent) => {
    if (!pending && event.detail < 2) act();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a question and two buttons, not form fields; a <fieldset>'s legend would stand outside the step's flex layout.
    <div class={css.confirm} role="group" aria-label={question} tabIndex={-1} ref={group}>
      <p class={css.question}>{question}</p>
      {children}
      <div class={css.actions}>
        {/* aria-disabled, not disabled: a disabled button drops focus to the page's <body>. */}
        <Button onClick={answer(onYes)} aria-disabled={pending} aria-busy={pending}>
          {yes}
        </Button>
        <Button variant="quiet" onClick={answer(onNo)} aria-disabled={pending}>
          {i18n.t('redeem.confirmNo')}
        </Button>
      </div>
    </div>
  );
}
