import type { Plugin } from 'vite';

/**
 * Where Preact 10 copies a vnode with `assign({}, vnode)`: re-rendering a
 * component (its hooks' state changed) and cloning children. A vnode's own
 * `constructor: undefined` (Preact's guard against JSON-injected vnodes) is
 * then copied by assignment, and on a page that froze `Object.prototype` that
 * assignment cannot shadow the frozen `constructor` ("the override mistake"):
 * the copy keeps `Object`, Preact takes it for a forged vnode and every widget
 * stops updating, then throws. Preact fixed it upstream by seeding the copy
 * with its own `constructor` (preactjs/preact#5195, in Preact 11); this applies
 * the same change to Preact 10's published module. Each pattern must match
 * exactly once, so a Preact upgrade that changes the code fails the build here
 * instead of shipping unpatched: then check whether the fix is in and drop this.
 */
const CLONES: [name: string, pattern: RegExp, replacement: string][] = [
  [
    'renderComponent',
    /(\w+)=(\w+)\(\{\},(\w+)\);\1\.__v=\3\.__v\+1/g,
    '$1=$2({constructor:void 0},$3);$1.__v=$3.__v+1',
  ],
  [
    'cloneNode',
    /void 0!==(\w+)\.constructor\?null:(\w+)\(\{\},\1\)/g,
    'void 0!==$1.constructor?null:$2({constructor:void 0},$1)',
  ],
];

/** Preact's own module as the bundle resolves it (`browser` or `import` condition). */
const PREACT = /\/preact\/dist\/preact\.(module\.js|mjs)$/;

export function preactOnFrozenIntrinsics(): Plugin {
  return {
    name: 'loyaltykit:preact-frozen-intrinsics',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return undefined;
      let patched = code;
      for (const [name, pattern, replacement] of CLONES) {
        const found = patched.match(pattern)?.length ?? 0;
        if (found !== 1) {
          this.error(
            `Preact's vnode copy in ${name} was found ${found} times (expected 1): see build/frozen-intrinsics.ts.`,
          );
        }
        patched = patched.replace(pattern, replacement);
      }
      return { code: patched, map: null };
    },
  };
}
