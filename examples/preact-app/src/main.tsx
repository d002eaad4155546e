import { createHttpBackend } from '@loyaltykit/client';
import { Launcher, LoyaltyProvider, Panel } from '@loyaltykit/components';
import { createI18n, createLoyaltyModel } from '@loyaltykit/core';
// DEMO ONLY: a real app passes its own apiUrl, publishable key and a token from its server.
import { createDemo } from '@loyaltykit/mock-backend';
import { render } from 'preact';
import '@loyaltykit/components/styles.css';

const demo = createDemo();
const backend = createHttpBackend({
  apiUrl: demo.apiUrl,
  publishableKey: demo.publishableKey,
  customerToken: await demo.mintDemoToken(),
  fetch: demo.fetch,
});
const model = createLoyaltyModel(backend);
void model.load();

render(
  <LoyaltyProvider
    model={model}
    i18n={createI18n('en')}
    theme={{ brandColor: '#7c3aed', shape: 'pill' }}
  >
    <Launcher />
    <Panel />
  </LoyaltyProvider>,
  document.getElementById('loyalty')!,
);
