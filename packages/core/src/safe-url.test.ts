import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSafeUrl, safeUrl } from './safe-url.ts';

const PAGE = 'https://shop.example/products/tee?x=1';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Silences and records the warnings of one call. */
function warnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('safeUrl', () => {
  it.each([
    'javascript:window.__x=1',
    'JAVASCRIPT:window.__x=1',
    'JavaScript:window.__x=1',
    ' javascript:window.__x=1',
    '\tjavascript:window.__x=1',
    '\u0000\u001fjavascript:window.__x=1',
    'java\tscript:window.__x=1',
    'java\nscript:window.__x=1',
    'java\r\nscript:window.__x=1',
    'javascript\t:window.__x=1',
    'data:text/html,<script>window.__x=1</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://shop.example/0f7c',
    'ftp://files.example/',
    'about:blank',
  ])('refuses %j', (value) => {
    warnings();
    expect(safeUrl(value, 'program.signUpUrl', PAGE)).toBeUndefined();
  });

  it.each([
    '//evil.example/x',
    ' //evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '/\t/evil.example/x',
  ])('refuses the protocol-relative %j, which leaves the page for another host', (value) => {
    warnings();
    expect(safeUrl(value, 'program.signUpUrl', PAGE)).toBeUndefined();
  });

  it('lets a protocol-relative URL to the page’s own host through', () => {
    expect(safeUrl('//shop.example/account', 'program.signUpUrl', PAGE)).toBe(
      '//shop.example/account',
    );
  });

  it.each([
    'https://shop.example/account/register',
    'https://accounts.example/join?plan=free#form',
    'http://shop.example/join',
    'HTTPS://Accounts.Example/join',
    ' https://accounts.example/join ',
    'http:accounts.example',
  ])('lets the absolute http(s) URL %j through, as written', (value) => {
    expect(safeUrl(value, 'program.signUpUrl', PAGE)).toBe(value);
  });

  it.each(['/account/register', 'register', '../account/register', '?join=1', '#join'])(
    'lets the relative %j through, as written: it resolves on the page',
    (value) => {
      expect(safeUrl(value, 'program.signUpUrl', PAGE)).toBe(value);
    },
  );

  it('resolves a relative URL against the page: on a page that is not http(s), it is no link', () => {
    warnings();
    expect(safeUrl('/account/register', 'program.signUpUrl', 'file:///store/index.html')).toBe(
      undefined,
    );
    expect(safeUrl('/account/register', 'program.signUpUrl', 'about:blank')).toBeUndefined();
    expect(safeUrl('https://shop.example/join', 'program.signUpUrl', 'about:blank')).toBe(
      'https://shop.example/join',
    );
  });

  it('uses the page’s location when no page is given, and a stand-in http(s) page without one', () => {
    // Node has no location: relative paths stay, leaving the host is still refused.
    expect(globalThis.location).toBeUndefined();
    warnings();
    expect(safeUrl('/account/register', 'program.signUpUrl')).toBe('/account/register');
    expect(safeUrl('//evil.example/x', 'program.signUpUrl')).toBeUndefined();
    vi.stubGlobal('location', new URL('file:///store/index.html'));
    try {
      expect(safeUrl('/account/register', 'program.signUpUrl')).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives nothing, silently, for an absent or empty value', () => {
    const warn = warnings();
    for (const value of [undefined, null, '']) {
      expect(safeUrl(value, 'program.signInUrl', PAGE)).toBeUndefined();
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('never throws: malformed URLs, values that are not strings, a throwing console', () => {
    const warn = warnings();
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(safeUrl(hostile, 'hostile.toString', PAGE)).toBeUndefined();
    expect(safeUrl('http://[::1', 'malformed.host', PAGE)).toBeUndefined();
    expect(safeUrl('https://exa mple.com/', 'malformed.space', PAGE)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      '[LoyaltyKit] hostile.toString is not an http(s) URL or a path on this site; not linked:',
      hostile,
    );
    expect(safeUrl(Symbol('x'), 'symbol', PAGE)).toBeUndefined();
    expect(safeUrl(42, 'number', PAGE)).toBeUndefined();
    expect(safeUrl(new URL(PAGE), 'url.object', PAGE)).toBeUndefined();
    expect(safeUrl('x', 'malformed.page', 'not a url')).toBeUndefined();
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('console');
    });
    expect(safeUrl('javascript:1', 'console.throws', PAGE)).toBeUndefined();
  });

  it('reports a refused value once, naming the field, and each other value or field once too', () => {
    const warn = warnings();
    for (let i = 0; i < 3; i++) safeUrl('javascript:alert(1)', 'once.signUpUrl', PAGE);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toEqual([
      '[LoyaltyKit] once.signUpUrl is not an http(s) URL or a path on this site; not linked:',
      'javascript:alert(1)',
    ]);
    safeUrl('javascript:alert(2)', 'once.signUpUrl', PAGE);
    safeUrl('javascript:alert(1)', 'once.signInUrl', PAGE);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[2]?.[0])).toContain('once.signInUrl');
  });
});

describe('isSafeUrl', () => {
  it('agrees with safeUrl on what may become a link, and reports nothing', () => {
    const warned = warnings();
    for (const value of [
      'javascript:window.__x=1',
      'java\tscript:window.__x=1',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '//evil.example/x',
      '/\\evil.example/x',
      'http://[::1',
      '',
      42,
      undefined,
    ]) {
      expect(isSafeUrl(value, PAGE), String(value)).toBe(false);
    }
    for (const value of ['https://cdn.example/logo.svg', 'http://shop.example/a', '/logo.svg']) {
      expect(isSafeUrl(value, PAGE), value).toBe(true);
      expect(safeUrl(value, 'field', PAGE)).toBe(value);
    }
    expect(warned).not.toHaveBeenCalled();
  });
});
