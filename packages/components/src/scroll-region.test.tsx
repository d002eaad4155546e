import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCustomer } from './testing/fake-backend.ts';
import { renderPanel } from './testing/render-panel.tsx';

afterEach(cleanup);

/** The panel's scrolling content: the dialog's second child, after its header. */
const content = () => screen.getByRole('dialog').children[1] as HTMLElement;

describe('the panel’s scrolling content', () => {
  it('is no tab stop on a page with controls, and neither is the balance: Tab goes to the first control', async () => {
    await renderPanel({ page: 'home' });
    const balance = await screen.findByTestId('balance');
    expect(content().querySelector('a, button')).not.toBeNull();
    expect(content().hasAttribute('tabindex')).toBe(false);
    // The balance is the header's hero: words to read, not a stop.
    expect(balance.closest('[tabindex]:not([tabindex="-1"]), a, button')).toBeNull();
  });

  it('is one while it holds no control, so a keyboard can still scroll it, and follows the page', async () => {
    const { model } = await renderPanel({ page: 'rewards', customer: { ...testCustomer } });
    await screen.findByText('No unused rewards yet. Redeem points to get one.');
    await waitFor(() => expect(content().tabIndex).toBe(0));
    model.showPage('home');
    await screen.findByTestId('balance');
    await waitFor(() => expect(content().hasAttribute('tabindex')).toBe(false));
  });
});
