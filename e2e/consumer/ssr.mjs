// Server-renders the landing section in plain Node, over the mock API.
import { createHttpBackend } from '@loyaltykit/client';
import { LoyaltyLanding, LoyaltyProvider } from '@loyaltykit/components';
import { createI18n, createLoyaltyModel } from '@loyaltykit/core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';

const backend = createHttpBackend({ apiUrl: process.argv[2], publishableKey: 'pk_demo' });
const program = await backend.getProgram();
const model = createLoyaltyModel(backend);
process.stdout.write(
  renderToString(
    h(LoyaltyProvider, { model, i18n: createI18n('en') }, h(LoyaltyLanding, { program })),
  ),
);
