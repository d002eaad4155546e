import {
  createLoyaltyModel,
  type I18n,
  type LoyaltyBackend,
  LoyaltyError,
  type Program,
} from '@loyaltykit/core';
import { renderToString } from 'preact-render-to-string';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { LoyaltyLanding } from './LoyaltyLanding.tsx';

const offline = () =>
  Promise.reject(new LoyaltyError('network_error', 'No backend in a static render'));

/** The static render has the programme and nothing else: it never calls a backend. */
const noBackend: LoyaltyBackend = {
  getProgram: offline,
  getCustomer: offline,
  getActivity: offline,
  redeem: offline,
  cancelRedemption: offline,
  claimAction: offline,
  setBirthday: offline,
};

/**
 * The landing page section as static HTML, at build time: merchants paste it
 * for search engines and shoppers without script, and the script hydrates it.
 * The markup is what `<LoyaltyProvider><LoyaltyLanding /></LoyaltyProvider>`
 * renders first in the browser with the same programme and locale, so
 * `hydrate()` over it keeps every node. Component CSS is not included: the
 * script's stylesheet (or the app's) brings it.
 *
 * @example
 * ```ts
 * import { renderLandingHtml } from '@loyaltykit/components/landing-html';
 * const html = renderLandingHtml(program, createI18n('th'));
 * ```
 */
export function renderLandingHtml(program: Program, i18n: I18n): string {
  return renderToString(
    <LoyaltyProvider model={createLoyaltyModel(noBackend)} i18n={i18n}>
      <LoyaltyLanding program={program} />
    </LoyaltyProvider>,
  );
}
