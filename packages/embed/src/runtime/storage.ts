/**
 * This tab's `sessionStorage`, where the HTTP client keeps the programme
 * between page views, or `undefined` where the page has none: reading the
 * property itself throws in sandboxed frames and with storage blocked.
 */
export function pageStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}
