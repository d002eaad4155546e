import { fc, test } from '@fast-check/vitest';
import type { Customer, PanelPage, Program } from '@loyaltykit/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { AccountSummary } from './AccountSummary/AccountSummary.tsx';
import { CartPoints } from './CartPoints/CartPoints.tsx';
import { CheckoutRedemption } from './CheckoutRedemption/CheckoutRedemption.tsx';
import { LoyaltyLanding } from './LoyaltyLanding/LoyaltyLanding.tsx';
import { OrderPoints } from './OrderPoints/OrderPoints.tsx';
import { ProductPoints } from './ProductPoints/ProductPoints.tsx';
import { joinUrl } from './referral-offer.ts';
import { testCustomer, testProgram, usd } from './testing/fake-backend.ts';
import { renderPanel } from './testing/render-panel.tsx';
import { renderWidget } from './testing/render-widget.tsx';

// A backend URL becomes a link only through safeUrl (@loyaltykit/core): a
// hostile programme or customer renders no link at all, and the rest of the
// widget as usual.

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The test programme with these URLs for sign-up, sign-in and its social rule. */
function withUrls(signUpUrl: string, signInUrl: string, socialUrl: string): Program {
  return {
    ...testProgram,
    signUpUrl,
    signInUrl,
    earningRules: testProgram.earningRules.map((rule) =>
      rule.kind === 'social_follow' ? { ...rule, url: socialUrl } : rule,
    ),
  };
}

/** The test member with this referral link. */
function memberWith(referralUrl: string): Customer {
  return { ...testCustomer, referral: { ...testCustomer.referral!, url: referralUrl } };
}

const hostile = withUrls(
  'javascript:window.__x=1',
  'JAVASCRIPT:window.__x=1',
  ' java\tscript:window.__x=1',
);
const hostileMember = memberWith('data:text/html,<script>window.__x=1</script>');

/** Whether `href`, resolved on this page as the browser would, is http(s). */
function isHttp(href: string): boolean {
  try {
    return /^https?:$/.test(new URL(href, location.href).protocol);
  } catch {
    return false;
  }
}

/** Every link in the document that is not http(s). */
const unsafeLinks = () =>
  [...document.querySelectorAll('[href]')]
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => !isHttp(href));

const noJoinOrSignIn = () => {
  expect(screen.queryByRole('link', { name: 'Join now' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
  expect(unsafeLinks()).toEqual([]);
};

describe('a hostile programme’s URLs render no link', () => {
  it('GuestIntro, on the panel’s home and rewards pages: no join or sign-in link, the offer stays', async () => {
    for (const page of ['home', 'rewards'] satisfies PanelPage[]) {
      await renderPanel({ page, program: hostile, customer: null });
      expect(screen.getByText('Join Harbor Rewards')).toBeTruthy();
      expect(screen.getByText('Free tote')).toBeTruthy();
      noJoinOrSignIn();
      cleanup();
    }
  });

  it('AccountSummary for a guest', async () => {
    await renderWidget(<AccountSummary />, { program: hostile, customer: null });
    expect(screen.getByText('Join Harbor Rewards')).toBeTruthy();
    noJoinOrSignIn();
  });

  it('ProductPoints: the points, no join link', async () => {
    await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program: hostile,
      customer: null,
    });
    expect(screen.getByText('Earn 295 points')).toBeTruthy();
    noJoinOrSignIn();
  });

  it('CartPoints: the points, no join link', async () => {
    await renderWidget(<CartPoints subtotal={usd(5900)} />, { program: hostile, customer: null });
    expect(screen.getByText('Earn 295 points with this order')).toBeTruthy();
    noJoinOrSignIn();
  });

  it('OrderPoints: what members would earn, no join link', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} />, {
      program: hostile,
      customer: null,
    });
    expect(screen.getByText(/295 points/)).toBeTruthy();
    noJoinOrSignIn();
  });

  it('CheckoutRedemption: "sign in" as words, not a link', async () => {
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program: hostile,
      customer: null,
    });
    expect(screen.getByText('Sign in to use your points')).toBeTruthy();
    noJoinOrSignIn();
  });

  it('LoyaltyLanding: the programme, no join or sign-in link', async () => {
    await renderWidget(<LoyaltyLanding referralCode="MAYA10" />, {
      program: hostile,
      customer: null,
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Harbor Rewards' })).toBeTruthy();
    noJoinOrSignIn();
  });

  it('EarnPage: a social rule with a script URL is listed with its points, with nothing to follow', async () => {
    await renderPanel({ page: 'earn', program: hostile });
    const row = screen.getByText('Follow us').closest('li') as HTMLElement;
    expect(row.textContent).toContain('50 points');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).queryByRole('button')).toBeNull();
    expect(unsafeLinks()).toEqual([]);
  });

  it('refuses protocol-relative and data: URLs too, and keeps safe ones', async () => {
    await renderPanel({
      page: 'home',
      program: withUrls('//evil.example/join', 'data:text/html,hi', '//evil.example/ig'),
      customer: null,
    });
    noJoinOrSignIn();
    cleanup();
    await renderPanel({
      page: 'earn',
      program: withUrls('/join', '/login', 'https://instagram.example/harbor'),
    });
    expect(screen.getByRole('link', { name: 'Follow us on Instagram' }).getAttribute('href')).toBe(
      'https://instagram.example/harbor',
    );
  });

  it('says so once on the console, naming the field, however often it renders', async () => {
    const program = withUrls('javascript:once()', '/login', 'https://instagram.example/harbor');
    await renderWidget(
      <>
        <ProductPoints productId="tee" price={usd(5900)} />
        <ProductPoints productId="tee" price={usd(900)} />
        <CartPoints subtotal={usd(5900)} />
      </>,
      { program, customer: null },
    );
    const mine = warn.mock.calls.filter((call) => call.includes('javascript:once()'));
    expect(mine).toEqual([
      [
        '[LoyaltyKit] program.signUpUrl is not an http(s) URL or a path on this site; not linked:',
        'javascript:once()',
      ],
    ]);
  });
});

describe('a hostile customer’s referral link is neither shown, copied nor shared', () => {
  it('ReferralPage: the offer and the results, no link', async () => {
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      await renderPanel({ page: 'referral', customer: hostileMember });
      expect(screen.getByText(/Give friends \$10\.00 off/)).toBeTruthy();
      expect(screen.getByText('3 friends invited')).toBeTruthy();
      expect(screen.queryByText(/data:/)).toBeNull();
      expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('OrderPoints: the points earned, no link to copy', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} />, { customer: hostileMember });
    expect(screen.getByText('You earned 295 points with this order')).toBeTruthy();
    expect(screen.queryByText(/data:/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
  });

  it('OrderPoints: with no points and no safe link there is nothing to say', async () => {
    const { view } = await renderWidget(<OrderPoints orderTotal={usd(0)} />, {
      customer: hostileMember,
    });
    expect(view.container.querySelector('section')).toBeNull();
  });
});

// Any string the backend could send, weighted towards what gets past naive filters:
// schemes in any case, with whitespace and control characters before and inside them.
const noise = fc.constantFrom('', ' ', '\t', '\n', '\r\n', '\u0000', '\u001f', '\u00a0', '\u200b');
const scheme = fc.constantFrom(
  'javascript:',
  'data:',
  'vbscript:',
  'file:',
  'blob:',
  'about:',
  'mailto:',
  'http:',
  'https:',
  '//',
  '/\\',
  '\\\\',
  '/',
  '?',
  '#',
  '',
);
const mangled = fc
  .tuple(
    noise,
    scheme,
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 }),
    fc.oneof(fc.webUrl(), fc.string()),
  )
  .map(([lead, prefix, upper, inserts, rest]) => {
    let text = upper ? prefix.toUpperCase() : prefix;
    for (const [at, char] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + char + text.slice(i);
    }
    return lead + text + rest;
  });
const anyUrl = fc.oneof(mangled, fc.webUrl(), fc.string(), fc.string({ unit: 'binary' }));

describe('joinUrl', () => {
  // Found by the property below: the parser takes "https:& " for https://&/, but not once
  // the referral code is appended to it.
  it('checks the link again once the referral code is on it', () => {
    expect(joinUrl('https:& ', 'MAYA10')).toBeUndefined();
    expect(joinUrl('https:& ', undefined)).toBe('https:& ');
    expect(joinUrl('/account/register', 'MAYA10')).toBe('/account/register?lk_ref=MAYA10');
  });
});

describe('property: whatever the URLs, every rendered link is http(s)', () => {
  test.prop([anyUrl, anyUrl, anyUrl], { numRuns: 60 })(
    'the guest widgets',
    async (signUpUrl, signInUrl, socialUrl) => {
      await renderWidget(
        <>
          <ProductPoints productId="tee" price={usd(5900)} referralCode="MAYA10" />
          <CartPoints subtotal={usd(5900)} referralCode="MAYA10" />
          <OrderPoints orderTotal={usd(5900)} referralCode="MAYA10" />
          <CheckoutRedemption subtotal={usd(5900)} />
          <LoyaltyLanding referralCode="MAYA10" />
          <AccountSummary referralCode="MAYA10" />
        </>,
        { program: withUrls(signUpUrl, signInUrl, socialUrl), customer: null },
      );
      expect(screen.getAllByText('Earn 295 points').length).toBeGreaterThan(0);
      expect(unsafeLinks()).toEqual([]);
    },
  );

  test.prop([anyUrl, anyUrl, fc.constantFrom<PanelPage>('home', 'earn', 'referral', 'rewards')], {
    numRuns: 60,
  })(
    'the panel, for guests and members',
    async (url, referralUrl, page) => {
      await renderPanel({ page, program: withUrls(url, url, url), customer: null });
      expect(unsafeLinks()).toEqual([]);
      cleanup();
      await renderPanel({
        page,
        program: withUrls(url, url, url),
        customer: memberWith(referralUrl),
      });
      expect(unsafeLinks()).toEqual([]);
      // The referral link a member is offered to copy and share is one too.
      if (screen.queryByRole('button', { name: 'Copy link' }))
        expect(isHttp(referralUrl)).toBe(true);
      // 120 panel renders: seconds on a busy 2-core machine, more than the default 5 s.
    },
    30_000,
  );
});
