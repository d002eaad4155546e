// Type-checked with the app (never bundled into it): a theme's build script
// rendering the landing section, typed by the installed @loyaltykit/embed alone.
import type { Program } from '@loyaltykit/core';
import {
  fetchLandingSnippet,
  type LandingSnippetOptions,
  landingSnippet,
} from '@loyaltykit/embed/landing';

const options: LandingSnippetOptions = { locale: 'th', theme: { brandColor: '#b91c1c' } };

export const fromProgram = (program: Program): string => landingSnippet(program, options);

export const fromApi = (): Promise<string> =>
  fetchLandingSnippet(
    { apiUrl: 'https://loyalty.example.com', publishableKey: 'pk_live_123' },
    options,
  );
