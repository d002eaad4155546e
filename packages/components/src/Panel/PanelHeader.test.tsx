import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LOGO = 'https://cdn.shop.example/logo.svg';
const PICTURE = '/images/loyalty-header.jpg';

/** The panel's header: the dialog's first part, above the scrolling body. */
const header = () => within(screen.getByRole('dialog').firstElementChild as HTMLElement);
/** The body the pages scroll in. */
const body = () => screen.getByRole('dialog').children[1] as HTMLElement;

describe('Panel header', () => {
  it('greets the member by name with the balance as its hero number, above the page', async () => {
    await renderPanel();
    expect(header().getByText('Hi Maya')).toBeTruthy();
    expect(header().getByText('Your balance')).toBeTruthy();
    expect(header().getByTestId('balance').textContent).toBe('1,250 points');
    expect(header().getByRole('heading', { level: 2 }).textContent).toBe('Harbor Rewards');
    // Said once: the home page below does not repeat them.
    expect(within(body()).queryByText('Hi Maya')).toBeNull();
    expect(screen.getAllByTestId('balance')).toHaveLength(1);
  });

  it('is the same on every page: the greeting and balance stay, the heading names the page', async () => {
    const { model } = await renderPanel();
    for (const page of ['earn', 'redeem', 'vip'] as const) {
      act(() => model.showPage(page));
      expect(header().getByText('Hi Maya'), page).toBeTruthy();
      expect(header().getByTestId('balance').textContent, page).toBe('1,250 points');
      expect(header().getByRole('button', { name: 'Back' }), page).toBeTruthy();
    }
    expect(header().getByRole('heading', { level: 2 }).textContent).toBe('VIP tiers');
  });

  it('tells a guest what joining gives, once', async () => {
    await renderPanel({ customer: null });
    const pitch = 'Earn points on every order and turn them into rewards.';
    expect(header().getByText(pitch)).toBeTruthy();
    expect(screen.getAllByText(pitch)).toHaveLength(1);
    expect(within(body()).getByText('Join Harbor Rewards')).toBeTruthy();
    expect(screen.queryByTestId('balance')).toBeNull();
  });

  it('shows the merchant’s logo: decorative beside the programme’s name, named after it elsewhere', async () => {
    const { model } = await renderPanel({ logoUrl: LOGO });
    const logo = () =>
      screen.getByRole('dialog').querySelector<HTMLImageElement>(`img[src="${LOGO}"]`);
    expect(logo()?.getAttribute('alt')).toBe('');
    // Decorative: the name beside it says it, so the logo has no name of its own.
    expect(header().queryByRole('img', { name: 'Harbor Rewards' })).toBeNull();
    act(() => model.showPage('earn'));
    expect(header().getByRole('img', { name: 'Harbor Rewards' })).toBe(logo());
    expect(header().getByRole('heading', { level: 2 }).textContent).toBe('Ways to earn');
  });

  it('hides a logo that fails to load, leaving no broken image or stray alt text', async () => {
    const { model } = await renderPanel({ logoUrl: LOGO });
    act(() => model.showPage('earn'));
    const logo = header().getByRole('img', { name: 'Harbor Rewards' });
    fireEvent.error(logo);
    expect(logo.hidden).toBe(true);
    expect(header().queryByRole('img')).toBeNull();
  });

  it('draws the header picture behind the text, decorative', async () => {
    await renderPanel({ headerImage: PICTURE });
    const picture = screen
      .getByRole('dialog')
      .querySelector<HTMLImageElement>(`img[src="${PICTURE}"]`);
    expect(picture?.getAttribute('alt')).toBe('');
    expect(picture?.parentElement).toBe(screen.getByRole('dialog').firstElementChild);
  });

  it('draws no image for a javascript:, data: or protocol-relative URL, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [
      'javascript:alert(1)',
      ' JAVA\tSCRIPT:alert(1)',
      'data:image/svg+xml,<svg/>',
      '//evil.example/x.png',
    ]) {
      await renderPanel({ logoUrl: bad, headerImage: bad });
      expect(screen.getByRole('dialog').querySelectorAll('img'), bad).toHaveLength(0);
      expect(screen.getByRole('dialog').innerHTML, bad).not.toMatch(/script|evil|data:/i);
      // The header is still there, with its gradient.
      expect(header().getByText('Hi Maya')).toBeTruthy();
      cleanup();
    }
    const reports = warn.mock.calls.map(([message]) => String(message));
    expect(reports.filter((m) => m.includes('logoUrl is not an http(s) URL'))).toHaveLength(4);
    expect(reports.filter((m) => m.includes('headerImage is not an http(s) URL'))).toHaveLength(4);
  });

  it('mirrors in Arabic: the greeting and balance in Arabic, the way back pointing right', async () => {
    const { model } = await renderPanel({ locale: 'ar', logoUrl: LOGO });
    expect(header().getByText('رصيدك')).toBeTruthy();
    act(() => model.showPage('earn'));
    expect(header().getByRole('button', { name: 'رجوع' })).toBeTruthy();
  });

  it('gives a changed balance a new element (its animation runs again), the first one none', async () => {
    const { model } = await renderPanel();
    const before = header().getByTestId('balance');
    const still = before.className;
    act(() =>
      model.updateCustomer((customer) => ({
        ...customer,
        balance: { ...customer.balance, available: 750 },
      })),
    );
    const after = header().getByTestId('balance');
    expect(after.textContent).toBe('750 points');
    expect(after).not.toBe(before);
    // The moving style is another class than the still one it first showed with.
    expect(after.className).not.toBe(still);
  });
});

describe('Panel body', () => {
  it('is no tab stop while the page has controls (the balance is none either)', async () => {
    await renderPanel();
    expect(body().tabIndex).toBe(-1);
    expect(header().getByTestId('balance').tabIndex).toBe(-1);
  });

  it('is a tab stop while it holds no control, so its text can be scrolled by keyboard', async () => {
    const { model } = await renderPanel();
    // The loading placeholders of a new shopper have no control.
    act(() => {
      void model.useBackend({ ...model.backend, getCustomer: () => new Promise(() => {}) });
    });
    await vi.waitFor(() => expect(body().tabIndex).toBe(0));
  });

  it('starts a new page at its top', async () => {
    const { model } = await renderPanel();
    body().scrollTop = 200;
    fireEvent.click(screen.getByRole('button', { name: /Ways to earn/ }));
    expect(body().scrollTop).toBe(0);
    expect(model.panelPage.peek()).toBe('earn');
  });
});
