// Vite settings every config in the repo shares: how workspace packages resolve
// from source, and vanilla-extract set up to follow that.
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';

/** The export condition through which workspace packages resolve from `src/`. */
export const SOURCE_CONDITION = '@loyaltykit/source';

/** Vite's client conditions with the workspace source condition first. */
export const clientConditions = [SOURCE_CONDITION, ...defaultClientConditions];

/**
 * Packages a bundle must hold exactly once. pnpm links one copy of Preact per
 * peer context (components has preact-render-to-string, which Preact lists as
 * an optional peer; embed does not), and two Preacts in one bundle would break
 * hooks and context. Vite resolves these from the project root instead.
 */
export const singletons = ['preact'];

/** Vite's server (SSR, Node tests) conditions with the workspace source condition first. */
export const serverConditions = [SOURCE_CONDITION, ...defaultServerConditions];

const PLUGIN_NAME = 'loyaltykit:ssr-source-condition';

/**
 * Adds the source condition to Vite's SSR environment. vanilla-extract
 * evaluates `.css.ts` files (and what they import, e.g. `@loyaltykit/theme`)
 * in an SSR Vite server of its own, created from the inline config (Storybook)
 * or the config file (Vitest), which replaces `ssr` and keeps no plugins unless
 * told to; so the condition travels as a plugin that its filter lets through.
 */
export function ssrSourceCondition(): Plugin {
  return {
    name: PLUGIN_NAME,
    config: () => ({
      ssr: { resolve: { conditions: serverConditions } },
    }),
  };
}

/** vanilla-extract, with {@link ssrSourceCondition} passed into its compiler. */
export function vanillaExtract() {
  return vanillaExtractPlugin({ unstable_pluginFilter: ({ name }) => name === PLUGIN_NAME });
}
