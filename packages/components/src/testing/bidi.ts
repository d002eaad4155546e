/** `text` in first-strong isolates, as the translator wraps a value inside a right-to-left sentence. */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
