import type { EngineState } from './engine/types.ts';

/** The part of `Storage` the demo uses; `localStorage` fits. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A saved engine state, or `undefined` when there is none or it is not one this version wrote. */
export function loadState(storage: StateStorage, key: string): EngineState | undefined {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (
      typeof saved === 'object' &&
      saved !== null &&
      'version' in saved &&
      saved.version === 1 &&
      'members' in saved
    ) {
      return saved as EngineState;
    }
  } catch {
    // Unreadable: start from the seed again.
  }
  return undefined;
}

/** Saves the state; a full or blocked storage leaves the demo running in memory. */
export function saveState(storage: StateStorage, key: string, state: EngineState): void {
  try {
    storage.setItem(key, JSON.stringify(state));
  } catch {
    // Quota exceeded or storage disabled (private mode): keep going without it.
  }
}

/** `localStorage` where the page has one (and may use it), else `undefined`. */
export function browserStorage(): StateStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Sandboxed iframes throw on access.
    return undefined;
  }
}
