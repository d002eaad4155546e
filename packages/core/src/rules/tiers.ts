import type { Program, TierStatus } from '../types.ts';

/**
 * Where `lifetimePoints` put a member among the programme's tiers: the
 * highest tier whose threshold they reached (none below the first), progress
 * towards the next one (0..1, and 1 at the top) and the points still missing.
 * `undefined` for a programme without tiers.
 */
export function tierStatus(
  program: Pick<Program, 'tiers'>,
  lifetimePoints: number,
): TierStatus | undefined {
  const tiers = [...program.tiers].sort((a, b) => a.threshold - b.threshold);
  if (tiers.length === 0) return undefined;
  const index = tiers.findLastIndex((tier) => lifetimePoints >= tier.threshold);
  const current = tiers[index];
  const next = tiers[index + 1];
  if (!next) return { currentTierId: current?.id, progress: 1 };
  const from = current?.threshold ?? 0;
  const span = next.threshold - from;
  return {
    ...(current && { currentTierId: current.id }),
    nextTierId: next.id,
    progress: span > 0 ? Math.min(1, Math.max(0, (lifetimePoints - from) / span)) : 1,
    toNext: Math.max(0, next.threshold - lifetimePoints),
  };
}
