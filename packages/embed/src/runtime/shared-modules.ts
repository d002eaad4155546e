import { useSignalValue } from '@loyaltykit/components';
import { useLoyalty } from '@loyaltykit/components/context';
import {
  activeBonusEvent,
  isLoyaltyError,
  LoyaltyError,
  minorUnitDigits,
  pointsForCart,
  pointsForLine,
  referralCodeOf,
  safeUrl,
  withReferralCode,
} from '@loyaltykit/core';
import { batch, computed, signal } from '@preact/signals-core';
import { Component, createContext, Fragment, h } from 'preact';
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import type { SHARED_EXPORTS, SharedModule } from '../shared/chunk-names.ts';
import { cartAttribute, moneyAttribute, reportAttributes } from './attributes.ts';
import { referralCode } from './referral.ts';

/**
 * What the runtime chunk hands the chunks loaded after it (the panel, the
 * locales), export by export (SHARED_EXPORTS): one Preact, one hooks state,
 * one signals runtime, one context object and one error class on the page,
 * and one copy of the rules and helpers product points and the panel share.
 * The entry's chunk loader keeps them when it runs this chunk.
 */
export const shared: {
  [M in SharedModule]: Record<(typeof SHARED_EXPORTS)[M][number], unknown>;
} = {
  preact: { Component, createContext, Fragment, h },
  'preact/hooks': {
    useCallback,
    useContext,
    useEffect,
    useLayoutEffect,
    useMemo,
    useRef,
    useState,
  },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
  '@loyaltykit/components/LoyaltyProvider/context': { useLoyalty },
  '@loyaltykit/core/errors': { isLoyaltyError, LoyaltyError },
  '@preact/signals-core': { batch, computed, signal },
  '@loyaltykit/core/rules/points': { activeBonusEvent, pointsForCart, pointsForLine },
  '@loyaltykit/core/rules/money': { minorUnitDigits },
  '@loyaltykit/core/safe-url': { safeUrl },
  '@loyaltykit/core/referral': { referralCodeOf, withReferralCode },
  '@loyaltykit/components/useSignalValue': { useSignalValue },
  '@loyaltykit/embed/runtime/attributes': { cartAttribute, moneyAttribute, reportAttributes },
  '@loyaltykit/embed/runtime/referral': { referralCode },
};
