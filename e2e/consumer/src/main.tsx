// A theme developer's app, written against the published packages only: no
// source condition, no vanilla-extract plugin, no repository paths.
import { createHttpBackend } from '@loyaltykit/client';
import {
  CheckoutRedemption,
  Launcher,
  LoyaltyProvider,
  Panel,
  ProductPoints,
} from '@loyaltykit/components';
import '@loyaltykit/components/styles.css';
import { createI18n, createLoyaltyModel, type LoyaltyEvent, type Money } from '@loyaltykit/core';
import { render } from 'preact';

// The page's query string stands in for the merchant's server: the API and a customer token.
const params = new URLSearchParams(location.search);
const backend = createHttpBackend({
  apiUrl: params.get('api') ?? '',
  publishableKey: 'pk_demo',
  customerToken: params.get('token') ?? undefined,
});
const model = createLoyaltyModel(backend);
void model.load();

const applied = document.getElementById('applied') as HTMLOutputElement;
const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const onEvent = (event: LoyaltyEvent) => {
  if (event.type === 'redeem') applied.value = event.redemption.code;
};

render(
  <LoyaltyProvider
    model={model}
    i18n={createI18n('en')}
    onEvent={onEvent}
    theme={{ brandColor: '#0e7490' }}
  >
    <Launcher />
    <Panel />
    <ProductPoints productId="tee-1" price={usd(5900)} />
    <CheckoutRedemption subtotal={usd(12000)} />
  </LoyaltyProvider>,
  document.getElementById('app') as HTMLElement,
);
