import { type Customer, type Program, safeUrl } from '@loyaltykit/core';
import type { Ref } from 'preact';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { Welcome } from './MemberSummary.tsx';
import * as css from './PanelHeader.css.ts';

/** The merchant's pictures in the panel's header. */
export interface HeaderImagesProps {
  /**
   * The merchant's logo, beside the programme's name: an http(s) URL or a
   * path on the site (anything else, `javascript:` included, is not drawn,
   * and is reported once on the console). Drawn 32 px tall on the header's
   * colour, so choose one that reads on your brand colour (a transparent
   * logo in the header's text colour, or one with its own background).
   */
  logoUrl?: string;
  /**
   * A picture behind the header (cover-fitted, decorative), checked like
   * `logoUrl`. It is drawn faintly over a deeper shade of the brand colour,
   * so the header's text keeps 4.5:1 whatever the picture. Without it the
   * header is a gradient of the brand colour.
   */
  headerImage?: string;
}

interface PanelHeaderProps extends HeaderImagesProps {
  program: Program | null | undefined;
  /** `undefined` while unknown, `null` for a guest. */
  customer: Customer | null | undefined;
  /** The current page's title; `undefined` on home, which the programme's name titles. */
  pageTitle: string | undefined;
  /** The page heading, which takes focus when the page changes. */
  heading: Ref<HTMLHeadingElement>;
}

/**
 * The panel's header, the same on every page so nothing jumps: the way back
 * (on a page other than home), the logo, the page's heading and the close
 * button, then a greeting with the member's balance as the hero number, or
 * what joining gives a guest.
 */
export function PanelHeader({
  program,
  customer,
  pageTitle,
  heading,
  logoUrl,
  headerImage,
}: PanelHeaderProps) {
  const { model, i18n } = useLoyalty();
  const name = program?.name ?? i18n.t('launcher.label');
  const logo = safeUrl(logoUrl, 'logoUrl');
  const image = safeUrl(headerImage, 'headerImage');
  return (
    // A div, not <header>: inside a dialog it is no page banner landmark.
    <div class={image ? css.withImage : css.header}>
      {image && <img class={css.cover} src={image} alt="" />}
      <div class={css.bar}>
        {pageTitle && (
          <button
            type="button"
            class={css.backButton}
            aria-label={i18n.t('panel.back')}
            onClick={() => model.showPage('home')}
          >
            <svg
              class={css.back}
              width="20"
              height="20"
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
            >
              <path
                d="M15 5l-7 7 7 7"
                stroke="currentColor"
                stroke-width="2.2"
                fill="none"
                stroke-linecap="round"
              />
            </svg>
          </button>
        )}
        {/* Decorative beside the programme's name; on other pages it names the programme. */}
        {/* One that fails to load leaves no broken-image box or stray alt text in the bar. */}
        {logo && (
          <img
            class={css.logo}
            src={logo}
            alt={pageTitle ? name : ''}
            onError={(event) => {
              event.currentTarget.hidden = true;
            }}
          />
        )}
        <h2 class={css.title} id="lk-panel-title" tabIndex={-1} ref={heading}>
          {pageTitle ?? <bdi>{name}</bdi>}
        </h2>
        <button
          type="button"
          class={css.button}
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
      <div class={css.hero}>
        {program && customer ? (
          <Welcome customer={customer} />
        ) : (
          program && customer === null && <p class={css.pitch}>{i18n.t('guest.body')}</p>
        )}
      </div>
    </div>
  );
}
