import { createLoyaltyModel, isLoyaltyError, type LoyaltyBackend } from '@loyaltykit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoyaltyKitApi } from '../public-api.ts';
import { type ApiTarget, createApi } from './api.ts';

/** The API over a target that records what reached it: what boot (loyaltykit.ts) would act on. */
function api(): { kit: LoyaltyKitApi; target: ApiTarget } {
  const target: ApiTarget = {
    // Never called here: these tests stop at the API's input checks.
    model: createLoyaltyModel({} as LoyaltyBackend),
    ready: Promise.resolve(),
    identify: vi.fn(async () => {}),
    setLocale: vi.fn(async () => {}),
    setTheme: vi.fn(),
  };
  return { kit: createApi('test', target), target };
}

const warn = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => vi.restoreAllMocks());

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXNfbWF5YSJ9.c2lnbmF0dXJl';

describe('identify', () => {
  it('passes a JWT or a token provider on', async () => {
    const { kit, target } = api();
    await kit.identify(TOKEN);
    const provider = async () => TOKEN;
    await kit.identify(provider);
    expect(target.identify).toHaveBeenNthCalledWith(1, { token: TOKEN });
    expect(target.identify).toHaveBeenNthCalledWith(2, { tokenProvider: provider });
  });

  it('rejects what is not a JWT with a typed error and a warning that does not show the value', async () => {
    for (const [token, got] of [
      ['not-a-jwt', 'a string that is not a JWT'],
      ['a.b', 'a string that is not a JWT'],
      ['', 'a string that is not a JWT'],
      [42, 'number'],
      [undefined, 'undefined'],
      [{ token: TOKEN }, 'object'],
    ] as const) {
      const warned = warn();
      const { kit, target } = api();
      const error = await kit.identify(token as string).catch((e: unknown) => e);
      const message = `identify() expects a customer JWT or a function that returns one; it got ${got}.`;
      expect(isLoyaltyError(error) && [error.code, error.message]).toEqual([
        'validation_failed',
        message,
      ]);
      expect(warned).toHaveBeenCalledWith(`[LoyaltyKit] ${message}`);
      expect(target.identify).not.toHaveBeenCalled();
    }
  });
});

describe('setLocale', () => {
  it('warns about a value it cannot read, even one whose toString throws, and resolves', async () => {
    const warned = warn();
    const { kit, target } = api();
    const hostile = {
      toString() {
        throw 1;
      },
    };
    await expect(kit.setLocale(hostile as unknown as string)).resolves.toBeUndefined();
    expect(warned).toHaveBeenCalledWith(
      '[LoyaltyKit] setLocale("(object)"): expected one of en, th, ko, ar.',
    );
    expect(target.setLocale).not.toHaveBeenCalled();
  });

  it('hands on a tag of a supported language whole, so ar-EG keeps its digits', async () => {
    const { kit, target } = api();
    await kit.setLocale('ar-EG');
    expect(target.setLocale).toHaveBeenCalledWith('ar-EG');
  });
});

describe('setTheme', () => {
  it('applies only valid tokens and warns about the rest', () => {
    const warned = warn();
    const { kit, target } = api();
    kit.setTheme({ brandColor: '#7c3aed', fontFamily: 'x;} :host{display:none' });
    expect(target.setTheme).toHaveBeenCalledWith({ brandColor: '#7c3aed' });
    expect(warned).toHaveBeenCalledWith(
      '[LoyaltyKit] setTheme(): fontFamily="x;} :host{display:none" is invalid: expected a font-family list such as Inter, "Noto Sans Thai", sans-serif.',
    );
  });
});
