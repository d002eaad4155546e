import {
  type ConformanceContext,
  type Level,
  type Requirement,
  requirements,
  Skip,
} from './requirements.ts';

/** The outcome of one requirement. */
export interface Result {
  id: string;
  level: Level;
  status: 'pass' | 'fail' | 'skip';
  /** What failed, why it was skipped, or (for a pass) what was seen; may be empty. */
  reason: string;
}

/** What {@link runConformance} checks against. */
export interface ConformanceOptions extends Omit<ConformanceContext, 'fetch'> {
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Default every requirement, in order. */
  requirements?: readonly Requirement[];
}

/**
 * Checks a backend against every requirement, one after another (several act
 * on the test member's balance). Redemptions a check makes are cancelled again.
 *
 * @example
 * ```ts
 * const results = await runConformance({ apiUrl, publishableKey: 'pk_live_…', token: async () => token });
 * expect(results.filter((r) => r.status === 'fail' && r.level === 'MUST')).toEqual([]);
 * ```
 */
export async function runConformance(options: ConformanceOptions): Promise<Result[]> {
  const context: ConformanceContext = { ...options, fetch: options.fetch ?? globalThis.fetch };
  const results: Result[] = [];
  for (const requirement of options.requirements ?? requirements) {
    const { id, level } = requirement;
    try {
      const note = await requirement.check(context);
      results.push({ id, level, status: 'pass', reason: note ?? '' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      results.push({ id, level, status: error instanceof Skip ? 'skip' : 'fail', reason });
    }
  }
  return results;
}

/** Whether the widgets can rely on the backend: no MUST failed. */
export const conforms = (results: readonly Result[]): boolean =>
  !results.some((result) => result.status === 'fail' && result.level === 'MUST');

/** One line per result, then `N passed, N failed` (and skipped, when any were). */
export function formatReport(results: readonly Result[]): string {
  const lines = results.map(
    (result) =>
      `${result.status.toUpperCase().padEnd(4)} ${result.level.padEnd(6)} ${result.id}${
        result.reason ? `: ${result.reason}` : ''
      }`,
  );
  const count = (status: Result['status']) => results.filter((r) => r.status === status).length;
  const skipped = count('skip');
  lines.push(
    `${count('pass')} passed, ${count('fail')} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
  return lines.join('\n');
}
