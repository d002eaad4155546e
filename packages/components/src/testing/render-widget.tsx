import {
  type Customer,
  createI18n,
  createLoyaltyModel,
  type Locale,
  type LoyaltyBackend,
  type LoyaltyEvent,
  type LoyaltyModel,
  type Program,
} from '@loyaltykit/core';
import { type RenderResult, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { fakeBackend, testCustomer, testProgram } from './fake-backend.ts';

export interface RenderedWidget {
  server: ReturnType<typeof fakeBackend>;
  model: LoyaltyModel;
  events: LoyaltyEvent[];
  view: RenderResult;
  rerender(next: ComponentChild): void;
}

/**
 * Renders a widget (`ui`) in a provider over a {@link fakeBackend}, loaded
 * unless `load: false`, or over `backend` when a test needs another one
 * (one that never answers). `events` collects what the widget emits;
 * `rerender` gives the widget new props inside the same provider.
 */
export async function renderWidget(
  ui: ComponentChild,
  {
    program = testProgram,
    customer = testCustomer,
    locale = 'en',
    load = true,
    backend,
  }: {
    program?: Program;
    customer?: Customer | null;
    locale?: Locale;
    load?: boolean;
    backend?: LoyaltyBackend;
  } = {},
): Promise<RenderedWidget> {
  const server = fakeBackend(program, customer);
  const model = createLoyaltyModel(backend ?? server.backend);
  const events: LoyaltyEvent[] = [];
  if (load) await model.load();
  const i18n = createI18n(locale);
  const onEvent = (event: LoyaltyEvent) => events.push(event);
  const wrap = (child: ComponentChild) => (
    <LoyaltyProvider model={model} i18n={i18n} onEvent={onEvent}>
      {child}
    </LoyaltyProvider>
  );
  const view = render(wrap(ui));
  /** Renders the widget again with new props, in the same provider (a host changing attributes). */
  const rerender = (next: ComponentChild) => view.rerender(wrap(next));
  return { server, model, events, view, rerender };
}
