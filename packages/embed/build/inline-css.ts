import type { Plugin } from 'vite';
import { findUnscopedCss } from './css-scope.ts';

const PLACEHOLDER = /(["'`])__LK_CSS__\1/;

/**
 * Moves the emitted CSS into the JS bundle (replacing the placeholder exported
 * by src/css.ts) so it can be adopted by shadow roots, and fails the build if
 * any of it could style the host page. Vite's lib mode would otherwise emit a
 * separate file or inject a <style> into document.head.
 */
export function inlineCss(): Plugin {
  return {
    name: 'loyaltykit:inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'asset' && fileName.endsWith('.css')) {
          // Drop comments (Vite leaves a /*$vite$:1*/ marker): bytes the page never needs.
          css += String(output.source).replace(/\/\*[\s\S]*?\*\//g, '');
          delete bundle[fileName];
        }
      }
      const problems = findUnscopedCss(css);
      if (problems.length > 0) {
        this.error(`Shipped CSS would reach the host page:\n  ${problems.join('\n  ')}`);
      }
      let replaced = false;
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && PLACEHOLDER.test(output.code)) {
          output.code = output.code.replace(PLACEHOLDER, () => JSON.stringify(css));
          replaced = true;
        }
      }
      if (!replaced) this.error('The __LK_CSS__ placeholder was not found in any chunk.');
    },
  };
}
