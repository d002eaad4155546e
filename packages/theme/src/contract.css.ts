import { createGlobalThemeContract } from '@vanilla-extract/css';
import { cssVarName, THEME_SHAPE } from './names.ts';

/**
 * The theme contract: every style in Loyalty Kit reads these variables and
 * nothing else. The names are stable public API (`--lk-color-brand`,
 * `--lk-color-brand-hover`, …): merchants override them with plain CSS on our
 * elements.
 */
export const vars = createGlobalThemeContract(THEME_SHAPE, (_value, path) => cssVarName(path));
