import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../testing/render-panel.tsx';

const LINK = 'https://shop.example/r/MAYA10';
const writeText = vi.fn(async (_text: string) => {});

beforeEach(() => {
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
});

/** A browser with a share sheet, answering each share as `answer` does. */
function withShareSheet(answer: () => Promise<void>) {
  const share = vi.fn(answer);
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  return share;
}

const status = () => screen.getByRole('status');

describe('ReferralPage', () => {
  it('says what both sides get and shows the member’s link and results', async () => {
    await renderPanel({ page: 'referral' });
    expect(
      screen.getByText(
        'Give friends $10.00 off on their first order. Get 500 points when they buy.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('3 friends invited')).toBeTruthy();
    expect(screen.getByText('1 friend ordered')).toBeTruthy();
  });

  it('shows the link whole on one line, in a read-only field named for it, not as text to wrap', async () => {
    await renderPanel({ page: 'referral' });
    const field = screen.getByRole('textbox', { name: 'Your referral link' }) as HTMLInputElement;
    expect(field.value).toBe(LINK);
    expect(field.readOnly).toBe(true);
    expect(screen.queryByText(LINK)).toBeNull();
  });

  it('copies the link where there is no share sheet, and says so on the button and aloud', async () => {
    await renderPanel({ page: 'referral' });
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Link copied' })).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(LINK);
    await waitFor(() => expect(status().textContent).toBe('Link copied'));
  });

  it('opens the share sheet with the link where there is one, and copies nothing', async () => {
    const share = withShareSheet(async () => {});
    await renderPanel({ page: 'referral' });
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    expect(share.mock.calls[0]).toEqual([
      {
        title: 'Harbor Rewards',
        text: '$10.00 off at Harbor Rewards, with my link:',
        url: LINK,
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(writeText).not.toHaveBeenCalled();
    expect(status().textContent).toBe('');
  });

  it('takes a closed share sheet as the shopper’s choice: no copy, no message', async () => {
    const share = withShareSheet(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    await renderPanel({ page: 'referral' });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(writeText).not.toHaveBeenCalled();
    expect(status().textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy();
  });

  it('copies instead when the share sheet fails, or cannot take the link', async () => {
    withShareSheet(async () => {
      throw new DOMException('No permission', 'NotAllowedError');
    });
    await renderPanel({ page: 'referral' });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(LINK));
    await waitFor(() => expect(status().textContent).toBe('Link copied'));
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeTruthy();

    cleanup();
    const share = withShareSheet(async () => {});
    Object.defineProperty(navigator, 'canShare', { value: () => false, configurable: true });
    await renderPanel({ page: 'referral' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(share).not.toHaveBeenCalled();
  });

  it('shows a guest the offer without a link', async () => {
    await renderPanel({ page: 'referral', customer: null });
    expect(screen.getByText(/Give friends \$10\.00 off/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });
});
