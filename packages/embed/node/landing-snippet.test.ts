import { createDemo, usStore } from '@loyaltykit/mock-backend';
import { describe, expect, it, vi } from 'vitest';
import { fetchLandingSnippet } from './landing-snippet.ts';

const demo = createDemo(usStore);
const api = { apiUrl: demo.apiUrl, publishableKey: demo.publishableKey, fetch: demo.fetch };

/** The demo API, serving its programme with `changes` applied, as a hostile backend would. */
const serving = (changes: Record<string, unknown>) => ({
  ...api,
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await demo.fetch(input, init);
    return Response.json({ ...(await response.json()), ...changes }, response);
  },
});

describe('landingSnippet', () => {
  it('is the element with a declarative shadow root: its styles, then the section', async () => {
    const html = await fetchLandingSnippet(api);
    expect(html).toMatch(
      /^<loyalty-landing><template shadowrootmode="open"><style>:host\{display:block\}.*<\/style><div class="[^"]+" lang="en" dir="ltr">.*<\/template><\/loyalty-landing>$/s,
    );
    expect(html).toContain('<h2');
    expect(html).toContain('Harbor Rewards');
    expect(html).toContain('href="/account/register"');
  });

  it('speaks the locale, right to left for Arabic', async () => {
    const html = await fetchLandingSnippet(api, { locale: 'ar' });
    expect(html).toContain('lang="ar" dir="rtl"');
    expect(html).toContain('انضم الآن');
  });

  it('asks for the programme’s own texts in the locale, and writes its digits', async () => {
    const arabic = await fetchLandingSnippet(api, { locale: 'ar' });
    // The merchant's words from the backend's Arabic, the money isolated left to right inside them.
    expect(arabic).toContain('5 نقاط مقابل كل 1 دولار تنفقه');
    expect(arabic).toContain('\u2066US$\u2069');
    expect(arabic).not.toContain('5 points for every $1 you spend');
    const egypt = await fetchLandingSnippet(api, { locale: 'ar-EG' });
    expect(egypt).toContain('lang="ar" dir="rtl"');
    expect(egypt).toContain('١٫٠٠');
    const korean = await fetchLandingSnippet(api, { locale: 'ko' });
    expect(korean).toContain('$1 결제할 때마다 5포인트');
  });

  it('carries the theme as the same --lk-* variables the script sets', async () => {
    const html = await fetchLandingSnippet(api, { theme: { brandColor: '#b91c1c' } });
    expect(html).toMatch(/:host\{[^}]*--lk-color-brand:#b91c1c/);
  });

  it('escapes what the backend sends, so it cannot close the template or the style', async () => {
    const hostile = '</template></style><script>alert(1)</script>';
    const html = await fetchLandingSnippet({
      ...api,
      fetch: async (input, init) => {
        const response = await demo.fetch(input, init);
        const program = await response.json();
        return Response.json({ ...program, name: hostile }, response);
      },
    });
    expect(html).not.toContain('<script>');
    expect(html.match(/<\/template>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/template>&lt;/style>&lt;script>alert(1)&lt;/script>');
  });

  it('renders no link for a script, data: or off-site protocol-relative URL, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const html = await fetchLandingSnippet(
        serving({ signUpUrl: 'javascript:window.__x=1', signInUrl: '//evil.example/login' }),
      );
      expect(html).toContain('Harbor Rewards');
      expect(html).not.toMatch(/href=/);
      expect(html).not.toContain('javascript:');
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('Join now');
      expect(warn.mock.calls).toEqual([
        [
          '[LoyaltyKit] program.signUpUrl is not an http(s) URL or a path on this site; not linked:',
          'javascript:window.__x=1',
        ],
        [
          '[LoyaltyKit] program.signInUrl is not an http(s) URL or a path on this site; not linked:',
          '//evil.example/login',
        ],
      ]);
      const data = await fetchLandingSnippet(serving({ signUpUrl: 'data:text/html,hi' }));
      expect(data).not.toContain('data:text');
      expect(data).toContain('href="/account/login"');
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('keeps relative links as written, to resolve on the store page it is pasted into', async () => {
    const html = await fetchLandingSnippet(
      serving({ signUpUrl: 'https://accounts.example/join?plan=free', signInUrl: 'login' }),
    );
    expect(html).toContain('href="https://accounts.example/join?plan=free"');
    expect(html).toContain('href="login"');
  });
});
