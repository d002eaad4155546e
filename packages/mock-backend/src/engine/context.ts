import { LoyaltyError, type Program } from '@loyaltykit/core';
import type { IdGenerator } from './ids.ts';
import type { EngineSeed, EngineState, Member } from './types.ts';

/** What every engine operation works on. Operations take the time explicitly, so a seed can replay the past. */
export interface EngineContext {
  readonly program: Program;
  readonly seed: EngineSeed;
  readonly state: EngineState;
  readonly ids: IdGenerator;
}

/** The member, or the 401 a token for an unknown customer deserves. */
export function memberOf(context: EngineContext, customerId: string): Member {
  const member = context.state.members[customerId];
  if (!member) throw new LoyaltyError('unauthorized', 'No such customer.', { status: 401 });
  return member;
}

/** Fills `{name}` placeholders of a seed label. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
