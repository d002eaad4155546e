import { createI18n, createLoyaltyModel, type Locale } from '@loyaltykit/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { isolated } from '../testing/bidi.ts';
import { fakeBackend, testCustomer, testProgram } from '../testing/fake-backend.ts';
import { Nudge, type NudgeProps } from './Nudge.tsx';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A member with 1,250 points: the cheapest reward they may redeem is "$5 off" for 500. */
const program = {
  ...testProgram,
  rewards: testProgram.rewards.filter((r) => r.kind !== 'variable'),
};

async function renderNudge(
  props: NudgeProps = {},
  { customer = testCustomer, locale = 'en' as Locale } = {},
) {
  const model = createLoyaltyModel(fakeBackend(program, customer).backend);
  await model.load();
  render(
    <LoyaltyProvider model={model} i18n={createI18n(locale)}>
      <Nudge {...props} />
    </LoyaltyProvider>,
  );
  return model;
}

const nudge = () => screen.queryByTestId('nudge');
/** Lets `ms` of fake time pass, and Preact render what changed. */
const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('Nudge', () => {
  it('says, after a while and inside a polite live region, what the member can redeem now', async () => {
    await renderNudge({ delayMs: 4000 });
    const region = screen.getByRole('status');
    expect(nudge()).toBeNull();
    await pass(3999);
    expect(nudge()).toBeNull();
    await pass(1);
    expect(region.textContent).toContain('You can redeem 500 points for $5 off');
    // It never takes focus from the page.
    expect(document.activeElement).toBe(document.body);
  });

  it('points at the cheapest reward the member’s tier may redeem, not a tier-locked one', async () => {
    // The programme's cheapest reward, "$25 card" for 100 points, is for Gold; the member is Silver.
    expect(program.rewards.find((r) => r.pointsPrice === 100)?.tierIds).toEqual(['gold']);
    await renderNudge({ delayMs: 0 });
    await pass(0);
    expect(nudge()?.textContent).toContain('$5 off');
  });

  it('stays away from guests and from members who cannot redeem anything', async () => {
    await renderNudge({ delayMs: 0 }, { customer: null as never });
    await pass(10);
    expect(nudge()).toBeNull();
    cleanup();
    await renderNudge(
      { delayMs: 0 },
      { customer: { ...testCustomer, balance: { ...testCustomer.balance, available: 99 } } },
    );
    await pass(10);
    expect(nudge()).toBeNull();
  });

  it('asks whether it may show, and says when it did, once', async () => {
    const onShow = vi.fn();
    await renderNudge({ delayMs: 0, allowed: () => false, onShow });
    await pass(10);
    expect(nudge()).toBeNull();
    expect(onShow).not.toHaveBeenCalled();
    cleanup();
    await renderNudge({ delayMs: 0, allowed: () => true, onShow });
    await pass(10);
    expect(nudge()).not.toBeNull();
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('keeps its wait when re-rendered with new callbacks, as the script tag’s repaints do', async () => {
    const model = createLoyaltyModel(fakeBackend(program, testCustomer).backend);
    await model.load();
    const view = (
      <LoyaltyProvider model={model} i18n={createI18n('en')}>
        <Nudge delayMs={4000} allowed={() => true} onShow={() => {}} />
      </LoyaltyProvider>
    );
    const { rerender } = render(view);
    await pass(3000);
    rerender(
      <LoyaltyProvider model={model} i18n={createI18n('en')}>
        <Nudge delayMs={4000} allowed={() => true} onShow={() => {}} />
      </LoyaltyProvider>,
    );
    await pass(1000);
    expect(nudge()).not.toBeNull();
  });

  it('goes on dismiss, for good', async () => {
    await renderNudge({ delayMs: 0 });
    await pass(0);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(nudge()).toBeNull();
    await pass(60_000);
    expect(nudge()).toBeNull();
  });

  it('goes by itself after a while', async () => {
    await renderNudge({ delayMs: 0, durationMs: 15_000 });
    await pass(0);
    await pass(14_999);
    expect(nudge()).not.toBeNull();
    await pass(1);
    expect(nudge()).toBeNull();
  });

  it('opens the panel on the rewards, and leaves while the panel is open', async () => {
    const model = await renderNudge({ delayMs: 0 });
    await pass(0);
    fireEvent.click(screen.getByRole('button', { name: 'See rewards' }));
    expect(model.panelOpen.value).toBe(true);
    expect(model.panelPage.value).toBe('redeem');
    await pass(0);
    expect(nudge()).toBeNull();
  });

  it('stays away once the shopper has opened the panel: they have seen their rewards', async () => {
    const model = await renderNudge({ delayMs: 1000 });
    act(() => model.openPanel());
    act(() => model.closePanel());
    await pass(5000);
    expect(nudge()).toBeNull();
  });

  it('speaks the shopper’s language', async () => {
    await renderNudge({ delayMs: 0 }, { locale: 'ar' });
    await pass(0);
    expect(nudge()?.textContent).toContain(
      `يمكنك استبدال ${isolated(`${isolated('500')} نقطة`)} مقابل ${isolated('$5 off')}`,
    );
    expect(screen.getByRole('button', { name: 'إغلاق' })).toBeTruthy();
  });
});
