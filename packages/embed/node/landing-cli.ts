#!/usr/bin/env node
// loyaltykit-landing: prints the <loyalty-landing> snippet for a programme, to paste into a page.
import { parseArgs } from 'node:util';
import { matchLocale } from '@loyaltykit/core';
import { fetchLandingSnippet } from './landing-snippet.ts';

const USAGE =
  'Usage: loyaltykit-landing --api-url https://loyalty.example.com --publishable-key pk_live_… [--locale en|th|ko|ar|ar-EG…] [--brand-color "#0e7490"]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'api-url': { type: 'string' },
      'publishable-key': { type: 'string' },
      locale: { type: 'string', default: 'en' },
      'brand-color': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const apiUrl = values['api-url'];
  const publishableKey = values['publishable-key'];
  if (values.help || !apiUrl || !publishableKey) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const html = await fetchLandingSnippet(
    { apiUrl, publishableKey },
    {
      // The tag whole (`ar-EG` chooses its digits), when we speak its language.
      locale: matchLocale(values.locale) ? values.locale : undefined,
      ...(values['brand-color'] && { theme: { brandColor: values['brand-color'] } }),
    },
  );
  process.stdout.write(`${html}\n`);
}

main().catch((error: unknown) => {
  console.error(`loyaltykit-landing: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
