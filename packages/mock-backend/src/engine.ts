import type { Customer, Program } from '@loyaltykit/core';

/** What an engine starts from: a programme, its customers, and who the demo signs in as. */
export interface EngineSeed {
  program: Program;
  customers: Customer[];
  /** The customer demo pages sign in as when the merchant supplies no token. */
  demoCustomerId: string;
}

/** The in-memory loyalty engine behind the mock Storefront API. */
export interface LoyaltyEngine {
  program(): Program;
  customer(id: string): Customer | undefined;
}

/**
 * Creates an engine from a seed. It is deterministic and owns its state:
 * reads return copies, so no caller can change a balance behind its back.
 */
export function createEngine(seed: EngineSeed): LoyaltyEngine {
  const program = structuredClone(seed.program);
  const customers = new Map(seed.customers.map((c) => [c.id, structuredClone(c)]));
  return {
    program: () => structuredClone(program),
    customer: (id) => {
      const found = customers.get(id);
      return found && structuredClone(found);
    },
  };
}
