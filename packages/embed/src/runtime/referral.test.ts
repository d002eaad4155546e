import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberReferralCode } from './referral.ts';

/** A tab's sessionStorage; `refuse` makes every call throw, as a sandboxed frame's does. */
function stubStorage({ refuse = false } = {}) {
  const items = new Map<string, string>();
  const deny = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => (refuse ? deny() : (items.get(key) ?? null)),
    setItem: (key: string, value: string) => (refuse ? deny() : items.set(key, value)),
  });
}

/** The shopper is on a page whose query string is `search`. */
const visit = (search: string) => vi.stubGlobal('location', { search });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rememberReferralCode', () => {
  it('reads the code of a referral link, ?lk_ref=', () => {
    stubStorage();
    visit('?lk_ref=MAYA-7K2&utm_source=friend');
    expect(rememberReferralCode()).toBe('MAYA-7K2');
  });

  it('does not take a bare ?ref (a common tracking parameter) for a friend’s code', () => {
    stubStorage();
    visit('?ref=producthunt');
    expect(rememberReferralCode()).toBeUndefined();
  });

  it('keeps it for the next pages of the visit, which have no ?lk_ref', () => {
    stubStorage();
    visit('?lk_ref=MAYA-7K2');
    rememberReferralCode();
    visit('?variant=blue');
    expect(rememberReferralCode()).toBe('MAYA-7K2');
    visit('');
    expect(rememberReferralCode()).toBe('MAYA-7K2');
  });

  it('a newer referral link wins over the one kept', () => {
    stubStorage();
    visit('?lk_ref=MAYA-7K2');
    rememberReferralCode();
    visit('?lk_ref=JO-99');
    expect(rememberReferralCode()).toBe('JO-99');
    visit('');
    expect(rememberReferralCode()).toBe('JO-99');
  });

  it('nothing without a referral link', () => {
    stubStorage();
    visit('?loyalty=redeem');
    expect(rememberReferralCode()).toBeUndefined();
  });

  it('a value that is no code is neither used nor kept', () => {
    stubStorage();
    visit('?lk_ref=%3Cscript%3E');
    expect(rememberReferralCode()).toBeUndefined();
    visit('?lk_ref=MAYA-7K2');
    rememberReferralCode();
    visit('?lk_ref=%3Cscript%3E');
    expect(rememberReferralCode()).toBe('MAYA-7K2');
  });

  it('where storage is refused, the code in this page’s URL still counts, and nothing throws', () => {
    stubStorage({ refuse: true });
    visit('?lk_ref=MAYA-7K2');
    expect(rememberReferralCode()).toBe('MAYA-7K2');
    visit('');
    expect(rememberReferralCode()).toBeUndefined();
  });

  it('never throws, even on a page that broke location', () => {
    stubStorage();
    vi.stubGlobal('location', {
      get search(): string {
        throw new Error('host page broke location');
      },
    });
    expect(rememberReferralCode()).toBeUndefined();
  });

  it('is read once per page for the widgets, however often they render', async () => {
    vi.resetModules();
    const { referralCode } = await import('./referral.ts');
    stubStorage();
    visit('?lk_ref=MAYA-7K2');
    const search = vi.spyOn(URLSearchParams.prototype, 'get');
    expect(referralCode()).toBe('MAYA-7K2');
    for (let i = 0; i < 24; i++) referralCode();
    expect(search).toHaveBeenCalledTimes(1);
    search.mockRestore();
  });
});
