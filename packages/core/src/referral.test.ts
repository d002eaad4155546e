import { describe, expect, it } from 'vitest';
import { REFERRAL_PARAM, referralCodeOf, withReferralCode } from './referral.ts';

describe('referralCodeOf', () => {
  it('accepts codes as referral links carry them', () => {
    expect(referralCodeOf('MAYA-7K2')).toBe('MAYA-7K2');
    expect(referralCodeOf(' maya_10 ')).toBe('maya_10');
  });

  it('refuses what is not a code: nothing, markup, URLs, spaces, overlong values', () => {
    expect(referralCodeOf(null)).toBeUndefined();
    expect(referralCodeOf(undefined)).toBeUndefined();
    expect(referralCodeOf('')).toBeUndefined();
    expect(referralCodeOf('<img src=x>')).toBeUndefined();
    expect(referralCodeOf('https://evil.example/')).toBeUndefined();
    expect(referralCodeOf('MAYA 7K2')).toBeUndefined();
    expect(referralCodeOf('A'.repeat(65))).toBeUndefined();
  });
});

describe('withReferralCode', () => {
  it('adds the code to a relative sign-up URL', () => {
    expect(REFERRAL_PARAM).toBe('lk_ref');
    expect(withReferralCode('/account/register', 'MAYA-7K2')).toBe(
      '/account/register?lk_ref=MAYA-7K2',
    );
  });

  it('keeps the query the merchant set and puts the code before the fragment', () => {
    expect(withReferralCode('https://shop.example/join?plan=free#form', 'MAYA-7K2')).toBe(
      'https://shop.example/join?plan=free&lk_ref=MAYA-7K2#form',
    );
    expect(withReferralCode('/join?', 'MAYA-7K2')).toBe('/join?lk_ref=MAYA-7K2');
  });

  it('replaces a code already in the URL instead of sending two', () => {
    expect(withReferralCode('/join?lk_ref=OLD&x=1', 'NEW')).toBe('/join?lk_ref=NEW&x=1');
  });

  it('encodes what it adds', () => {
    expect(withReferralCode('/join', 'a b&c')).toBe('/join?lk_ref=a+b%26c');
  });
});
