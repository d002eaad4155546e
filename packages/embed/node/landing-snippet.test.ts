import { createDemo, usStore } from '@loyaltykit/mock-backend';
import { describe, expect, it } from 'vitest';
import { fetchLandingSnippet } from './landing-snippet.ts';

const demo = createDemo(usStore);
const api = { apiUrl: demo.apiUrl, publishableKey: demo.publishableKey, fetch: demo.fetch };

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
});
