import { createHttpBackend } from '@loyaltykit/client';
import { createI18n, createLoyaltyModel, type Locale, LoyaltyError } from '@loyaltykit/core';
import { createDemo, type ScenarioName, usStore } from '@loyaltykit/mock-backend';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { Panel } from '../Panel/index.ts';
import { isolated } from '../testing/bidi.ts';
import { Launcher } from './Launcher.tsx';

afterEach(cleanup);

/** Launcher and Panel over the real HTTP client talking to the in-process demo backend. */
async function renderWidgets({
  locale = 'en' as Locale,
  signedIn = true,
  scenario = 'member' as ScenarioName,
} = {}) {
  const demo = createDemo(usStore, { scenario });
  const backend = createHttpBackend({
    apiUrl: demo.apiUrl,
    publishableKey: demo.publishableKey,
    customerToken: signedIn ? await demo.mintDemoToken() : undefined,
    fetch: demo.fetch,
  });
  const model = createLoyaltyModel(backend);
  const view = render(
    <LoyaltyProvider model={model} i18n={createI18n(locale)}>
      <Launcher />
      <Panel />
    </LoyaltyProvider>,
  );
  return { model, view };
}

const dialogOf = (container: ParentNode) => {
  const dialog = container.querySelector('dialog');
  if (!dialog) throw new Error('no <dialog> rendered');
  return dialog;
};

describe('Launcher', () => {
  it('appears only once the shopper is known, so its label never changes width under a finger', async () => {
    const { model } = await renderWidgets();
    expect(screen.queryByRole('button')).toBeNull();
    await model.load();
    const launcher = await screen.findByRole('button', { name: /Rewards/ });
    expect(launcher.textContent).toBe('1,250 points');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('shows the call to action when the first load fails, to open the panel and retry from there', async () => {
    const model = createLoyaltyModel({
      ...(await renderWidgets()).model.backend,
      // Without bootstrap, the load goes through this getProgram.
      bootstrap: undefined,
      getProgram: () => Promise.reject(new LoyaltyError('network_error', 'offline')),
    });
    cleanup();
    render(
      <LoyaltyProvider model={model} i18n={createI18n('en')}>
        <Launcher />
      </LoyaltyProvider>,
    );
    await model.load();
    expect((await screen.findByRole('button', { name: 'Rewards' })).textContent).toBe('Rewards');
  });

  it('shows the member’s balance once loaded, in its accessible name too, and a dot when a reward is theirs to redeem', async () => {
    const { model } = await renderWidgets();
    await model.load();
    const launcher = await screen.findByRole('button', {
      name: 'Rewards: 1,250 points. A reward is ready to redeem',
    });
    expect(launcher.textContent).toBe('1,250 points');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('reward-ready')).toBeTruthy();
  });

  it('shows no dot while no reward is within reach', async () => {
    const { model } = await renderWidgets({ scenario: 'insufficient_points' });
    await model.load();
    const customer = model.customer.value;
    const cheapest = Math.min(...(model.program.value?.rewards ?? []).map((r) => r.pointsPrice));
    expect(customer?.balance.available).toBeLessThan(cheapest);
    const launcher = await screen.findByRole('button', { name: /^Rewards: \d+ points$/ });
    expect(launcher.textContent).toMatch(/^\d+ points$/);
    expect(screen.queryByTestId('reward-ready')).toBeNull();
  });

  it('shows no dot for a reward the member’s tier may not redeem', async () => {
    const { backend } = (await renderWidgets()).model;
    cleanup();
    // Every reward, restricted to a tier Maya is not in.
    const model = createLoyaltyModel({
      ...backend,
      // Without bootstrap, the load goes through this getProgram.
      bootstrap: undefined,
      getProgram: async (options) => {
        const program = await backend.getProgram(options);
        return {
          ...program,
          rewards: program.rewards.map((reward) => ({ ...reward, tierIds: ['tier_nobody'] })),
        };
      },
    });
    render(
      <LoyaltyProvider model={model} i18n={createI18n('en')}>
        <Launcher />
      </LoyaltyProvider>,
    );
    await model.load();
    await screen.findByRole('button', { name: 'Rewards: 1,250 points' });
    expect(screen.queryByTestId('reward-ready')).toBeNull();
  });

  it('keeps the call to action for a guest', async () => {
    const { model } = await renderWidgets({ signedIn: false });
    await model.load();
    expect(model.status.value).toBe('ready');
    const launcher = screen.getByRole('button', { name: 'Rewards' });
    expect(launcher.textContent).toBe('Rewards');
  });

  it('names itself with aria-label, so an icon-only launcher (a CSS-only theme choice) keeps its name', async () => {
    for (const signedIn of [false, true]) {
      cleanup();
      const { model } = await renderWidgets({ signedIn });
      await model.load();
      const launcher = screen.getByRole('button', { name: /^Rewards/ });
      expect(launcher.getAttribute('aria-label')).toBe(
        signedIn ? 'Rewards: 1,250 points. A reward is ready to redeem' : 'Rewards',
      );
    }
  });

  it('opens the panel on click and reports it with aria-expanded', async () => {
    const { model, view } = await renderWidgets();
    await model.load();
    const launcher = await screen.findByRole('button', { name: /1,250 points/ });
    fireEvent.click(launcher);
    await waitFor(() => expect(launcher.getAttribute('aria-expanded')).toBe('true'));
    expect(model.panelOpen.value).toBe(true);
    expect(dialogOf(view.container).open).toBe(true);
  });

  it('speaks Arabic and labels the balance in Arabic', async () => {
    const { model } = await renderWidgets({ locale: 'ar' });
    await model.load();
    // Latin digits for plain `ar`; the count isolated inside the Arabic words.
    const launcher = await screen.findByRole('button', {
      name: `المكافآت: ${isolated('1,250')} نقطة. لديك مكافأة جاهزة للاستبدال`,
    });
    expect(launcher.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(launcher.closest('[lang]')?.getAttribute('lang')).toBe('ar');
  });
});
