import type { EmbedConfig } from '../shared/host.ts';
import { forwardEvents } from './data-layer.ts';
import { readThemeOptions } from './theme-options.ts';

/**
 * Boot's use of the options the entry handed over, in the backend chunk so
 * the entry carries none of it: the theme tokens and the launcher's switches, each
 * invalid or unknown option reported once on the console, and `loyalty:*`
 * events forwarded to the data layer from now on (before the first of them,
 * `ready`, so analytics see them all).
 */
export function setUp(config: Pick<EmbedConfig, 'deferred' | 'dataLayer'>) {
  const { problems, ...options } = readThemeOptions(config.deferred);
  for (const problem of problems) console.warn(`[LoyaltyKit] ${problem}`);
  forwardEvents(config.dataLayer);
  return options;
}
