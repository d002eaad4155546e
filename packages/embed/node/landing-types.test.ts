import { describe, expectTypeOf, it } from 'vitest';
import type * as shipped from './landing.js';
import type * as source from './landing-snippet.ts';

describe('the shipped landing.d.ts', () => {
  it('declares exactly what node/landing-snippet.ts exports (checked by the type checker)', () => {
    expectTypeOf<typeof shipped.landingSnippet>().toEqualTypeOf<typeof source.landingSnippet>();
    expectTypeOf<Parameters<typeof shipped.fetchLandingSnippet>>().toEqualTypeOf<
      Parameters<typeof source.fetchLandingSnippet>
    >();
    expectTypeOf<ReturnType<typeof shipped.fetchLandingSnippet>>().toEqualTypeOf<
      ReturnType<typeof source.fetchLandingSnippet>
    >();
    expectTypeOf<shipped.LandingSnippetOptions>().toEqualTypeOf<source.LandingSnippetOptions>();
  });
});
