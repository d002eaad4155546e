import {
  type Customer,
  createI18n,
  createLoyaltyModel,
  type Locale,
  type LoyaltyEvent,
  type PanelPage,
  type Program,
} from '@loyaltykit/core';
import { render, screen } from '@testing-library/preact';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { Panel } from '../Panel/Panel.tsx';
import { fakeBackend, testCustomer, testProgram } from './fake-backend.ts';

/** Renders the panel, loaded and open on `page`, over a {@link fakeBackend}. */
export async function renderPanel({
  page = 'home',
  program = testProgram,
  customer = testCustomer,
  locale = 'en',
  activity,
  referralCode,
  logoUrl,
  headerImage,
}: {
  page?: PanelPage;
  program?: Program;
  customer?: Customer | null;
  /** A locale or any BCP 47 tag of one (`ar-EG`). */
  locale?: Locale | (string & {});
  activity?: Parameters<typeof fakeBackend>[2];
  /** As the script tag passes it from a referral link's `?lk_ref=`. */
  referralCode?: string;
  /** The header's pictures, as a Preact app or the script tag (`data-logo-url`, `data-header-image`) passes them. */
  logoUrl?: string;
  headerImage?: string;
} = {}) {
  const server = fakeBackend(program, customer, activity);
  const model = createLoyaltyModel(server.backend);
  const events: LoyaltyEvent[] = [];
  await model.load();
  render(
    <LoyaltyProvider
      model={model}
      i18n={createI18n(locale)}
      onEvent={(event) => events.push(event)}
    >
      <Panel referralCode={referralCode} logoUrl={logoUrl} headerImage={headerImage} />
    </LoyaltyProvider>,
  );
  model.openPanel(page);
  await screen.findByRole('dialog');
  return { server, model, events };
}
