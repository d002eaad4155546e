import { sharedRedemptionFlow } from '@loyaltykit/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { useScrollRegionTabStop } from '../scroll-region.ts';
import { useAnnouncer } from '../useAnnouncer.ts';
import { useSignalValue } from '../useSignalValue.ts';
import { holdPage } from './hold-page.ts';
import * as css from './Panel.css.ts';
import { PAGE_TITLES, PanelBody, servedPage } from './PanelBody.tsx';
import { type HeaderImagesProps, PanelHeader } from './PanelHeader.tsx';
import { PanelSkeleton } from './PanelSkeleton.tsx';
import { PanelContext } from './panel-context.ts';

/** Controls that put a page's content in the tab order, so its scrolling body need not be a stop. */

export interface PanelProps extends HeaderImagesProps {
  /**
   * The code of the referral link the shopper arrived by (the `ref` query
   * parameter, see `REFERRAL_PARAM`): a guest is welcomed as a referred friend
   * and the join link passes the code on to the sign-up URL. Components never
   * read the page's URL; the script tag reads it for you.
   */
  referralCode?: string;
}

/**
 * The loyalty panel: a modal dialog in the top layer (WAI-ARIA dialog
 * pattern). Focus moves in when it opens, stays inside, Escape closes it and
 * focus returns to whatever opened it. While it is open the page behind it
 * does not scroll (the root's overflow is hidden, its scrollbar gutter kept).
 * Its header carries the brand: the merchant's logo (`logoUrl`) and a
 * picture (`headerImage`) or a gradient of the brand colour, the programme's
 * name, and the member's greeting and balance.
 *
 * @example
 * ```tsx
 * <Panel logoUrl="https://shop.example/logo.svg" headerImage="/images/loyalty-header.jpg" />
 * ```
 */
export function Panel({ referralCode, logoUrl, headerImage }: PanelProps = {}) {
  const { model, i18n } = useLoyalty();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useSignalValue(model.panelOpen);

  // Before paint, not after it: the click that opened the panel sees it in the next frame.
  useLayoutEffect(() => {
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
    // The page behind holds still while the panel is open; closing or unmounting lets it go.
    return open ? holdPage() : undefined;
  }, [open, model]);

  const program = useSignalValue(model.program);
  const customer = useSignalValue(model.customer);
  const status = useSignalValue(model.status);
  const page = servedPage(useSignalValue(model.panelPage), program);
  const identity = useSignalValue(model.identity);
  const title = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // A new shopper hears nothing meant for the last one (a code, a refund).
  const [message, announce] = useAnnouncer(identity);
  const panel = useMemo(() => ({ flow: sharedRedemptionFlow(model), announce }), [model, announce]);

  // A new page, or a new shopper (the page's content is remade and the focused control with it),
  // moves focus to the heading, so screen readers say where they are, and starts at the top.
  const shown = useRef({ page, identity });
  useEffect(() => {
    const before = shown.current;
    if ((before.page !== page || before.identity !== identity) && open) {
      title.current?.focus();
      if (body.current) body.current.scrollTop = 0;
    }
    shown.current = { page, identity };
  }, [page, identity, open]);

  // The body is a tab stop only while it holds no control of its own (the balance is no stop).
  useScrollRegionTabStop(body);

  // Until both the programme and the shopper are known (a first load, or a new identity after
  // identify() or signOut()), placeholders hold the content's room.
  const loading = !(program && customer !== undefined) && status !== 'error';
  const pageTitle =
    page in PAGE_TITLES ? i18n.t(PAGE_TITLES[page as keyof typeof PAGE_TITLES]) : undefined;

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click closes on a backdrop click; Escape is the native keyboard path.
    <dialog
      ref={dialog}
      class={css.dialog}
      // Named after the programme on every page: the heading inside says which page.
      aria-label={program?.name ?? i18n.t('launcher.label')}
      data-state={open ? 'open' : 'closed'}
      // Escape (and any close request) closes the model at once, in the cancel event; the
      // close event comes a task later. If the model is open by then (an open() straight
      // after Escape: closed and reopened before one render), the dialog follows the model.
      onCancel={() => model.closePanel()}
      onClose={() => {
        const element = dialog.current;
        if (model.panelOpen.peek()) {
          if (element && !element.open) element.showModal();
          return;
        }
        opener.current?.focus();
        opener.current = null;
      }}
      onClick={(event) => {
        if (event.target === dialog.current) model.closePanel();
      }}
    >
      <PanelHeader
        program={program}
        customer={customer}
        pageTitle={pageTitle}
        heading={title}
        logoUrl={logoUrl}
        headerImage={headerImage}
      />
      <div class={css.body} ref={body} aria-busy={loading ? 'true' : undefined}>
        {/* Keyed by page: each page comes in with a brief animation. */}
        <div class={css.page} key={page}>
          {program && customer !== undefined ? (
            <PanelContext.Provider value={panel}>
              {/* Keyed by shopper: pages keep no choice, code or form of the last one. */}
              <PanelBody
                key={identity}
                page={page}
                program={program}
                customer={customer}
                referralCode={referralCode}
              />
            </PanelContext.Provider>
          ) : status === 'error' ? (
            <div class={css.status} role="alert">
              <p>{i18n.t('panel.error')}</p>
              <Button onClick={() => model.load()}>{i18n.t('panel.retry')}</Button>
            </div>
          ) : (
            <PanelSkeleton />
          )}
        </div>
      </div>
      <p class={css.visuallyHidden} role="status" aria-live="polite">
        {message}
      </p>
    </dialog>
  );
}
