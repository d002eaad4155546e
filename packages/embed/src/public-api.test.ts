import type { Money, PanelPage, RewardKind } from '@loyaltykit/core';
import type { ThemeTokens } from '@loyaltykit/theme';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  LoyaltyEventDetails,
  LoyaltyPanelPage,
  LoyaltyRedemptionDetail,
  LoyaltyTheme,
} from './public-api.ts';
import type { LAZY_WIDGETS } from './shared/widget-table.ts';

describe('the shipped loyaltykit.d.ts', () => {
  it('mirrors the workspace types it stands for (checked by the type checker)', () => {
    expectTypeOf<LoyaltyPanelPage>().toEqualTypeOf<PanelPage>();
    expectTypeOf<LoyaltyTheme>().toEqualTypeOf<ThemeTokens>();
    expectTypeOf<LoyaltyRedemptionDetail['reward']['kind']>().toEqualTypeOf<RewardKind>();
    expectTypeOf<NonNullable<LoyaltyRedemptionDetail['reward']['value']>>().toEqualTypeOf<Money>();
    expectTypeOf<DocumentEventMap['loyalty:redeem']>().toEqualTypeOf<
      CustomEvent<LoyaltyRedemptionDetail>
    >();
    expectTypeOf<DocumentEventMap['loyalty:error']['detail']>().toEqualTypeOf<
      LoyaltyEventDetails['error']
    >();
    expectTypeOf<
      Exclude<keyof typeof LAZY_WIDGETS | 'loyalty-launcher', keyof HTMLElementTagNameMap>
    >().toBeNever();
  });
});
