import type { Plugin } from 'vite';
import { findUnscopedCss } from './css-scope.ts';

/**
 * Moves the CSS a build emits into its JS, replacing the string literal
 * `placeholder` (any quote style: the minifier may turn it into a template
 * literal), so it can be adopted by shadow roots; fails the build if any of it
 * could style the host page or the placeholder is missing. Vite's lib mode
 * would otherwise emit a separate file or inject a <style> into document.head.
 * With `file`, the same CSS is also emitted as that asset (a published
 * package's static stylesheet).
 */
export function inlineCss(placeholder: string, file?: string): Plugin {
  const literal = new RegExp(`(["'\`])${placeholder}\\1`);
  return {
    name: `loyaltykit:inline-css:${placeholder}`,
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
        if (output.type === 'chunk' && literal.test(output.code)) {
          output.code = output.code.replace(literal, () => JSON.stringify(css));
          replaced = true;
        }
      }
      if (!replaced) this.error(`The ${placeholder} placeholder was not found in any chunk.`);
      if (file) this.emitFile({ type: 'asset', fileName: file, source: css });
    },
  };
}
