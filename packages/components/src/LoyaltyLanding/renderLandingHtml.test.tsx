import { createI18n, createLoyaltyModel, type Program } from '@loyaltykit/core';
import { waitFor } from '@testing-library/preact';
import { hydrate, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { fakeBackend, testCustomer, testProgram } from '../testing/fake-backend.ts';
import { LoyaltyLanding } from './LoyaltyLanding.tsx';
import { renderLandingHtml } from './renderLandingHtml.tsx';

const program: Program = {
  ...testProgram,
  pendingDays: 14,
  signUpUrl: '/join',
  signInUrl: '/login',
};

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

/** Puts the static HTML on a page, as a merchant pastes it. */
function paste(html: string) {
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

describe('renderLandingHtml', () => {
  it('renders every section as plain HTML, in the locale and direction', () => {
    const html = renderLandingHtml(program, createI18n('en'));
    expect(html).toMatch(/^<div class="[^"]+" lang="en" dir="ltr">/);
    const page = paste(html);
    const headings = [...page.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Harbor Rewards',
      'How it works',
      'Ways to earn',
      'Rewards',
      'VIP tiers',
      'Questions and answers',
    ]);
    expect(page.querySelector('a[href="/join"]')?.textContent).toBe('Join now');
    expect([...page.querySelectorAll('summary')].map((s) => s.textContent)).toEqual([
      'How do I earn points?',
      'How do I use my points?',
      'When can I spend points from an order?',
    ]);
    expect(page.textContent).toContain('You earn 5 points per $1.00 on every order');
    expect(page.textContent).toContain('14 days after your order');
  });

  it('is readable without script: closed answers in details, lists of cards, icons hidden from screen readers', () => {
    const html = renderLandingHtml(program, createI18n('en'));
    expect(html).not.toMatch(/<script|\son\w+=|style=/);
    const page = paste(html);
    expect([...page.querySelectorAll('details')].map((d) => d.open)).toEqual([false, false, false]);
    const icons = [...page.querySelectorAll('svg')];
    // A badge per way to earn, reward and tier, the hero's gift, a lock, a check per perk.
    expect(icons).toHaveLength(4 + 4 + 2 + 1 + 1 + 3);
    expect(icons.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    // Pasted into the merchant's page as it is, so its size is every visit's: 10.5 KB here (the
    // test build's class names are long; the built snippet's are short), most of it the icons.
    // Inline styles or a section rendered twice would show here.
    expect(html.length).toBeLessThan(12_000);
  });

  it('renders Arabic right to left', () => {
    const page = paste(renderLandingHtml(program, createI18n('ar')));
    expect(page.firstElementChild?.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('h3')?.textContent).toBe('كيف يعمل البرنامج');
  });

  it('escapes backend strings instead of rendering them as HTML', () => {
    const html = renderLandingHtml(
      { ...program, name: '<img src=x onerror=alert(1)>' },
      createI18n('en'),
    );
    expect(html).not.toContain('<img');
    expect(paste(html).querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('hydrates in place: the component keeps every node of the static HTML', async () => {
    const i18n = createI18n('th');
    const html = renderLandingHtml(program, i18n);
    const page = paste(html);
    const nodes = [...page.querySelectorAll('*')];

    const model = createLoyaltyModel(fakeBackend(program, null).backend);
    await model.load();
    hydrate(
      <LoyaltyProvider model={model} i18n={i18n}>
        <LoyaltyLanding />
      </LoyaltyProvider>,
      page,
    );
    expect(page.innerHTML).toBe(html);
    expect([...page.querySelectorAll('*')].every((node, i) => node === nodes[i])).toBe(true);
  });

  it('gives a member the way to their rewards once hydrated', async () => {
    const i18n = createI18n('en');
    const page = paste(renderLandingHtml(program, i18n));
    const model = createLoyaltyModel(fakeBackend(program, testCustomer).backend);
    await model.load();
    hydrate(
      <LoyaltyProvider model={model} i18n={i18n}>
        <LoyaltyLanding />
      </LoyaltyProvider>,
      page,
    );
    await waitFor(() => expect(page.querySelector('a[href="/join"]')).toBeNull());
    const button = [...page.querySelectorAll('button')].find((b) => b.textContent === 'My rewards');
    button?.click();
    expect(model.panelPage.value).toBe('rewards');
    expect(model.panelOpen.value).toBe(true);
  });
});
