/**
 * The `@example` blocks of the vendored document, read out of its source
 * text: the response examples LoyaltyLion published with its typed client.
 * The fixtures in `fixtures/` are these, written by `examples.test.ts` when
 * `LK_WRITE_FIXTURES=1` is set, and checked by it otherwise.
 */

/** The JSON of the `@example` block that documents schema `name` (`CustomersGetCustomerResponseBody`). */
export function exampleOf(source: string, name: string): unknown {
  const lines = source.split('\n');
  const at = lines.indexOf(`        ${name}: {`);
  if (at < 0) throw new Error(`No schema ${name} in the document`);
  const closing = at - 1;
  if (!lines[closing]?.trimEnd().endsWith('*/')) throw new Error(`${name} has no @example`);
  let start = closing;
  while (start > 0 && !lines[start]?.includes('/** @example')) start--;
  const body = lines
    .slice(start, closing + 1)
    .map((line) => line.replace(/^\s*(\/\*\* @example|\*\/|\*)\s?/, '').replace(/\s*\*\/$/, ''))
    .join('\n');
  return JSON.parse(body);
}

/** The fixtures: file name under `fixtures/`, and the schema whose example it is. */
export const FIXTURES = {
  'get-customer.json': 'CustomersGetCustomerResponseBody',
  'complete-instagram-follow.json': 'RulesCompleteInstagramFollowResponseBody',
} as const;
