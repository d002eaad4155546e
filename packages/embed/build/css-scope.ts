/**
 * Finds CSS that could style the host page: selectors not anchored on one of
 * our classes or `:host`, and global at-rules. The build fails on any finding.
 */

const GLOBAL_AT_RULES = /@(font-face|import|namespace|page|property|counter-style|layer)\b/g;

/** Every selector list in the stylesheet, with at-rule preludes and keyframe steps skipped. */
function selectorLists(css: string): string[] {
  const lists: string[] = [];
  const stack: ('rule' | 'group' | 'keyframes')[] = [];
  let buffer = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const prelude = buffer.trim();
      buffer = '';
      if (prelude.startsWith('@')) {
        stack.push(/^@(-\w+-)?keyframes\b/.test(prelude) ? 'keyframes' : 'group');
      } else {
        if (stack.at(-1) !== 'keyframes') lists.push(prelude);
        stack.push('rule');
      }
    } else if (char === '}') {
      stack.pop();
      buffer = '';
    } else if (char === ';') {
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return lists;
}

/** Splits a selector list on top-level commas (not those inside `:is(…)`). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

export function findUnscopedCss(css: string): string[] {
  const problems = [...css.matchAll(GLOBAL_AT_RULES)].map((m) => `global at-rule ${m[0]}`);
  for (const list of selectorLists(css)) {
    for (const selector of splitSelectors(list)) {
      const anchored = selector.startsWith('.') || selector.startsWith(':host');
      const global = /(^|[\s>+~(,])(:root|html|body)\b/.test(selector);
      if (!anchored || global) problems.push(`unscoped selector "${selector}"`);
    }
  }
  return problems;
}
