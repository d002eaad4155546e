import { useEffect, useRef } from 'preact/hooks';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { useSignalValue } from '../useSignalValue.ts';
import { GuestIntro } from './GuestIntro.tsx';
import { MemberSummary } from './MemberSummary.tsx';
import * as css from './Panel.css.ts';
import { RewardList } from './RewardList.tsx';
import * as sections from './sections.css.ts';

/**
 * The loyalty panel: a modal dialog in the top layer (WAI-ARIA dialog
 * pattern). Focus moves in when it opens, stays inside, Escape closes it and
 * focus returns to whatever opened it.
 */
export function Panel() {
  const { model, i18n } = useLoyalty();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useSignalValue(model.panelOpen);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const root = element.getRootNode() as Document | ShadowRoot;
      opener.current = root.activeElement as HTMLElement | null;
      element.showModal();
      if (model.status.peek() !== 'ready') void model.load();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, model]);

  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click closes on a backdrop click; Escape is the native keyboard path.
    <dialog
      ref={dialog}
      class={css.dialog}
      aria-labelledby="lk-panel-title"
      data-state={open ? 'open' : 'closed'}
      onClose={() => {
        // Escape and close() both end here; keep the model and focus in step.
        model.closePanel();
        opener.current?.focus();
        opener.current = null;
      }}
      onClick={(event) => {
        if (event.target === dialog.current) model.closePanel();
      }}
    >
      {/* A div, not <header>: inside a dialog it is no page banner landmark. */}
      <div class={css.header}>
        <h2 class={css.title} id="lk-panel-title">
          {program?.name ?? i18n.t('launcher.label')}
        </h2>
        <button
          type="button"
          class={css.close}
          aria-label={i18n.t('panel.close')}
          onClick={() => model.closePanel()}
        >
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M6 6l12 12M18 6L6 18"
              stroke="currentColor"
              stroke-width="2.2"
              stroke-linecap="round"
            />
          </svg>
        </button>
      </div>
      {/* Focusable so keyboard users can scroll it when it holds no control (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <div class={css.body} tabIndex={0}>
        {program ? (
          <>
            {customer ? <MemberSummary customer={customer} /> : <GuestIntro program={program} />}
            <RewardList rewards={program.rewards} customer={customer ?? null} />
          </>
        ) : status === 'error' ? (
          <div class={css.status} role="alert">
            <p>{i18n.t('panel.error')}</p>
            <button type="button" class={sections.button} onClick={() => model.load()}>
              {i18n.t('panel.retry')}
            </button>
          </div>
        ) : (
          <p class={css.status} role="status">
            {i18n.t('panel.loading')}
          </p>
        )}
      </div>
    </dialog>
  );
}
