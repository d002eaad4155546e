import { createI18n, createLoyaltyModel, type LoyaltyModel } from '@loyaltykit/core';
import { resolveTheme, themeToProperties } from '@loyaltykit/theme';
import { createBackend } from './backend.ts';
import { readConfig } from './config.ts';
import { CSS } from './css.ts';
import { defineElements } from './elements.tsx';

/** The one global the script adds: `window.LoyaltyKit`. */
export interface LoyaltyKitApi {
  version: string;
  open(): void;
  close(): void;
}

/** Before the script loads, pages may queue calls: `LoyaltyKit.push(['open'])`. */
type QueuedCall = [keyof Omit<LoyaltyKitApi, 'version'>, ...unknown[]];

declare global {
  interface Window {
    LoyaltyKit?: LoyaltyKitApi | QueuedCall[];
    LoyaltyKitConfig?: Record<string, unknown>;
  }
}

const VERSION = '0.1.0';
// Captured now: currentScript is only set while this script first runs.
const script = document.currentScript as HTMLScriptElement | null;

function sheet(text: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
}

function createApi(model: LoyaltyModel): LoyaltyKitApi {
  return { version: VERSION, open: () => model.openPanel(), close: () => model.closePanel() };
}

function boot(): void {
  const queued = window.LoyaltyKit;
  if (queued && !Array.isArray(queued)) return; // loaded twice: the first copy owns the page

  const { config, problems } = readConfig(window.LoyaltyKitConfig ?? {}, { ...script?.dataset });
  for (const problem of problems) console.warn(`[LoyaltyKit] ${problem}`);
  if (!config.apiUrl) return;

  const theme = themeToProperties(resolveTheme(config.theme));
  const hostRule = `:host{${Object.entries(theme)
    .map(([name, value]) => `${name}:${value}`)
    .join(';')}}`;

  const model = createLoyaltyModel(createBackend(config, script?.src ?? location.href));
  defineElements({ model, i18n: createI18n(config.locale), sheets: [sheet(CSS), sheet(hostRule)] });
  void model.load();

  const api = createApi(model);
  window.LoyaltyKit = api;
  for (const [method] of queued ?? []) {
    const call = api[method];
    if (typeof call === 'function') call();
  }

  const mount = () => {
    if (!document.querySelector('loyalty-launcher')) {
      document.body.append(document.createElement('loyalty-launcher'));
    }
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

try {
  boot();
} catch (error) {
  // Whatever happens, the host page keeps working.
  console.error('[LoyaltyKit] Could not start:', error);
}
