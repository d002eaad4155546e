import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReferralPage', () => {
  it('says what both sides get and shows the member’s link and results', async () => {
    await renderPanel({ page: 'referral' });
    expect(
      screen.getByText(
        'Give friends $10.00 off on their first order. Get 500 points when they buy.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('https://shop.example/r/MAYA10')).toBeTruthy();
    expect(screen.getByText('3 friends invited')).toBeTruthy();
    expect(screen.getByText('1 friend ordered')).toBeTruthy();
  });

  it('copies the link and announces it', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderPanel({ page: 'referral' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Link copied' })).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('https://shop.example/r/MAYA10');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
  });

  it('offers the native share sheet only where the browser has one', async () => {
    await renderPanel({ page: 'referral' });
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    cleanup();
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    await renderPanel({ page: 'referral' });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://shop.example/r/MAYA10' }),
    );
    Reflect.deleteProperty(navigator, 'share');
  });

  it('shows a guest the offer without a link', async () => {
    await renderPanel({ page: 'referral', customer: null });
    expect(screen.getByText(/Give friends \$10\.00 off/)).toBeTruthy();
    expect(screen.queryByText('https://shop.example/r/MAYA10')).toBeNull();
  });
});
