import { describe, expect, it } from 'vitest';
import { findUnscopedCss } from './css-scope.ts';

describe('findUnscopedCss', () => {
  it.each([
    ['.a{}'],
    ['.a{color:red}.b .c>.d{margin:0}'],
    [':host{all:initial}'],
    [':host(.dark) .a{}'],
    ['.a::backdrop{background:black}'],
    ['.a:not([open]){display:none}'],
    ['@media (x){.a{}}'],
    ['@media (prefers-reduced-motion: reduce){.a{transition:none}}'],
    ['@supports (display:grid){.a{display:grid}}'],
    ['@keyframes k{from{}to{}}'],
    ['@keyframes k{0%{opacity:0}100%{opacity:1}}'],
    ['/* html { } */.a{}'],
    ['.a,.b{}'],
    ['.a:is(.b, .c){}'],
  ])('accepts scoped CSS %s', (css) => {
    expect(findUnscopedCss(css)).toEqual([]);
  });

  it.each([
    [':root{--x:1}', ':root'],
    ['html{font-size:20px}', 'html'],
    ['body .a{}', 'body .a'],
    ['*{box-sizing:border-box}', '*'],
    ['button{color:red}', 'button'],
    ['.a, p{}', 'p'],
    ['.a html{}', '.a html'],
    [':host html{}', ':host html'],
    ['::selection{}', '::selection'],
    ['@media (x){:root{}}', ':root'],
    ['@media (x){@supports (y){div{}}}', 'div'],
  ])('rejects %s', (css, selector) => {
    expect(findUnscopedCss(css)).toContain(`unscoped selector "${selector}"`);
  });

  it.each([
    ['@font-face{font-family:x;src:url(x.woff2)}', '@font-face'],
    ['@import url(theme.css);.a{}', '@import'],
    ['@layer base{.a{}}', '@layer'],
    ['@property --x{syntax:"<length>";inherits:false;initial-value:0}', '@property'],
  ])('rejects the global at-rule in %s', (css, rule) => {
    expect(findUnscopedCss(css)).toContain(`global at-rule ${rule}`);
  });

  it('reports every problem, not just the first', () => {
    expect(findUnscopedCss('html{}body{}.a{}p{}')).toHaveLength(3);
  });
});
