import { createHttpBackend } from '@loyaltykit/client';
import { createI18n, createLoyaltyModel, type Locale } from '@loyaltykit/core';
import { createDemo } from '@loyaltykit/mock-backend';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Launcher } from '../Launcher/index.ts';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { Panel } from './Panel.tsx';

afterEach(cleanup);

/**
 * Launcher and Panel over the real HTTP client and the in-process demo backend.
 * `fetch` may wrap the demo's fetch to inject failures.
 */
async function renderWidgets({
  locale = 'en' as Locale,
  signedIn = true,
  wrapFetch = (f: typeof fetch): typeof fetch => f,
  // The launcher shows once the first load settles; a test of the loading state cannot wait for it.
  waitForLauncher = true,
} = {}) {
  const demo = createDemo();
  const backend = createHttpBackend({
    apiUrl: demo.apiUrl,
    publishableKey: demo.publishableKey,
    customerToken: signedIn ? await demo.mintDemoToken() : undefined,
    fetch: wrapFetch(demo.fetch),
  });
  const model = createLoyaltyModel(backend);
  const view = render(
    <LoyaltyProvider model={model} i18n={createI18n(locale)}>
      <Launcher />
      <Panel />
    </LoyaltyProvider>,
  );
  const dialog = view.container.querySelector('dialog');
  if (!dialog) throw new Error('no <dialog> rendered');
  const findLauncher = () => {
    const launcher = view.container.querySelector<HTMLButtonElement>('button[aria-haspopup]');
    if (!launcher) throw new Error('no launcher rendered');
    return launcher;
  };
  // As the script tag does at boot: the launcher shows once this first load settles.
  void model.load();
  const launcher = waitForLauncher ? await waitFor(findLauncher) : (undefined as never);
  return { model, dialog, launcher };
}

/** Clicks the launcher the way a pointer does: focus first, then click. */
function clickLauncher(launcher: HTMLButtonElement) {
  launcher.focus();
  fireEvent.click(launcher);
}

describe('Panel', () => {
  it('is closed until the launcher opens it', async () => {
    const { dialog, launcher } = await renderWidgets();
    expect(dialog.open).toBe(false);
    expect(dialog.getAttribute('data-state')).toBe('closed');
    clickLauncher(launcher);
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.getAttribute('data-state')).toBe('open');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
  });

  it('opening loads the data and shows the member’s balance, then the rewards cheapest first', async () => {
    const { dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    const panel = within(dialog);
    const balance = await panel.findByTestId('balance');
    expect(balance.textContent).toBe('1,250 points');
    expect(panel.getByText('Hi Maya')).toBeTruthy();
    expect(panel.getByText('+120 points on their way')).toBeTruthy();
    expect(panel.getByRole('heading', { level: 2 }).textContent).toBe('Harbor Rewards');
    expect(dialog.getAttribute('aria-label')).toBe('Harbor Rewards');

    fireEvent.click(panel.getByRole('button', { name: /Ways to redeem/ }));
    expect(panel.getByRole('heading', { level: 2 }).textContent).toBe('Ways to redeem');
    const items = panel.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('bdi')?.textContent)).toEqual([
      '$5 off your order',
      'Free shipping',
      '10% off your order',
      'Free canvas tote',
      '$25 gift card',
      'Pay with points',
      'Plant ten trees in your name',
    ]);
    expect(items[0]!.textContent).toContain('500 points');
    expect(within(items[0]!).getByRole('button', { name: 'Redeem' })).toBeTruthy();
    expect(within(items[2]!).getByRole('button', { name: 'Redeem' })).toBeTruthy();
    expect(items[3]!.textContent).toContain('750 more points to go');
    expect(within(items[3]!).queryByRole('button')).toBeNull();
    // Back to the start, with focus on the page heading.
    fireEvent.click(panel.getByRole('button', { name: 'Back' }));
    expect(panel.getByRole('heading', { level: 2 }).textContent).toBe('Harbor Rewards');
    // The launcher shows the same balance.
    expect(launcher.textContent).toBe('1,250 points');
  });

  it('shows a loading status while the first load is in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { model, dialog } = await renderWidgets({
      waitForLauncher: false,
      wrapFetch: (f) => async (input, init) => {
        await gate;
        return f(input, init);
      },
    });
    model.openPanel();
    expect(await within(dialog).findByText('Loading your rewards…')).toBeTruthy();
    // Placeholders laid out like the content, hidden from assistive technology, in a busy region.
    const skeleton = within(dialog).getByTestId('panel-skeleton');
    expect(skeleton.getAttribute('aria-hidden')).toBe('true');
    expect(skeleton.querySelectorAll('li')).toHaveLength(6);
    expect(skeleton.textContent).toBe('');
    const region = dialog.querySelector('[aria-busy="true"]');
    expect(region?.contains(skeleton)).toBe(true);
    release();
    await within(dialog).findByTestId('balance');
    expect(within(dialog).queryByText('Loading your rewards…')).toBeNull();
    expect(within(dialog).queryByTestId('panel-skeleton')).toBeNull();
    expect(dialog.querySelector('[aria-busy]')).toBeNull();
  });

  it('while a new identity loads (identify, sign out) it shows placeholders, not the guest view', async () => {
    const { model, dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    await within(dialog).findByTestId('balance');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const demo = createDemo();
    const next = createHttpBackend({
      apiUrl: demo.apiUrl,
      publishableKey: demo.publishableKey,
      customerToken: await demo.mintDemoToken(),
      fetch: async (input, init) => {
        await gate;
        return demo.fetch(input, init);
      },
    });
    const switched = model.useBackend(next);
    await within(dialog).findByTestId('panel-skeleton');
    expect(within(dialog).queryByRole('link', { name: 'Join now' })).toBeNull();
    expect(within(dialog).queryByTestId('balance')).toBeNull();
    release();
    await switched;
    expect((await within(dialog).findByTestId('balance')).textContent).toBe('1,250 points');
  });

  it('a new shopper while the panel is open: focus moves to the heading, not lost with the old content', async () => {
    const { model, dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    await within(dialog).findByTestId('balance');
    const earn = within(dialog).getByRole('button', { name: 'Ways to earn' });
    earn.focus();
    const demo = createDemo();
    await model.useBackend(
      createHttpBackend({
        apiUrl: demo.apiUrl,
        publishableKey: demo.publishableKey,
        fetch: demo.fetch,
      }),
    );
    await within(dialog).findByRole('link', { name: 'Join now' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 })),
    );
  });

  it('the close button closes it and focus returns to the launcher', async () => {
    const { model, dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    await within(dialog).findByTestId('balance');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    close.focus();
    fireEvent.click(close);
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(model.panelOpen.value).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(launcher);
  });

  it('when the browser closes the dialog (Escape) the model follows and focus returns', async () => {
    // happy-dom has no Escape handling for modal dialogs: a browser answers Escape
    // by firing `cancel` and then closing the dialog, which fires `close`. Do that.
    const { model, dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    await within(dialog).findByTestId('balance');
    within(dialog).getByRole('button', { name: 'Close' }).focus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    if (dialog.open) {
      const cancel = new Event('cancel', { cancelable: true });
      dialog.dispatchEvent(cancel);
      if (!cancel.defaultPrevented) dialog.close();
    }
    await waitFor(() => expect(model.panelOpen.value).toBe(false));
    expect(dialog.open).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(launcher);
  });

  it('holds the page still while open and gives back its own inline overflow when closed', async () => {
    const root = document.documentElement;
    root.style.setProperty('overflow-x', 'clip');
    try {
      const { dialog, launcher } = await renderWidgets();
      clickLauncher(launcher);
      await within(dialog).findByTestId('balance');
      expect(root.style.getPropertyValue('overflow-y')).toBe('hidden');
      expect(root.style.getPropertyPriority('overflow-y')).toBe('important');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(dialog.open).toBe(false));
      expect(root.getAttribute('style')).toBe('overflow-x: clip;');
    } finally {
      root.removeAttribute('style');
    }
  });

  it('a click on the backdrop closes it, a click inside does not', async () => {
    const { model, dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    const balance = await within(dialog).findByTestId('balance');
    fireEvent.click(balance);
    expect(model.panelOpen.value).toBe(true);
    fireEvent.click(dialog);
    await waitFor(() => expect(dialog.open).toBe(false));
  });

  it('can be opened again after closing', async () => {
    const { dialog, launcher } = await renderWidgets();
    clickLauncher(launcher);
    await within(dialog).findByTestId('balance');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog.open).toBe(false));
    clickLauncher(launcher);
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(within(dialog).getByTestId('balance').textContent).toBe('1,250 points');
  });

  it('a guest sees the programme with Join and Sign in links, and prices without progress', async () => {
    const { dialog, launcher } = await renderWidgets({ signedIn: false });
    clickLauncher(launcher);
    const panel = within(dialog);
    expect(await panel.findByText('Join Harbor Rewards')).toBeTruthy();
    expect(panel.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register',
    );
    expect(panel.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/account/login',
    );
    expect(panel.queryByTestId('balance')).toBeNull();
    expect(panel.getAllByRole('listitem')).toHaveLength(7);
    expect(dialog.textContent).not.toContain('to go');
    expect(dialog.textContent).not.toContain('You can redeem this');
  });

  it('an error shows a retry button that recovers', async () => {
    // Down until the test brings it back: longer than the client's own retries.
    let down = true;
    const { dialog, launcher } = await renderWidgets({
      wrapFetch: (f) => async (input, init) =>
        down ? new Response('upstream down', { status: 503 }) : f(input, init),
    });
    clickLauncher(launcher);
    const panel = within(dialog);
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('We couldn’t load your rewards.');
    down = false;
    fireEvent.click(panel.getByRole('button', { name: 'Try again' }));
    expect((await panel.findByTestId('balance')).textContent).toBe('1,250 points');
    expect(panel.queryByRole('alert')).toBeNull();
  });

  it('renders Arabic right to left, in Arabic', async () => {
    const { dialog, launcher } = await renderWidgets({ locale: 'ar' });
    expect(dialog.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    clickLauncher(launcher);
    const panel = within(dialog);
    const count = new Intl.NumberFormat('ar').format(1250);
    expect((await panel.findByTestId('balance')).textContent).toBe(`${count} نقطة`);
    expect(panel.getByText('مرحبًا Maya')).toBeTruthy();
    expect(panel.getByRole('button', { name: 'إغلاق' })).toBeTruthy();
    expect(panel.getByRole('button', { name: /استبدال النقاط/ })).toBeTruthy();
  });
});
