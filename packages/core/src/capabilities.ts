import { CAPABILITIES, type Capability, type Program, type ProgramCapabilities } from './types.ts';

/**
 * Whether the programme's backend can do `capability`. Only an explicit
 * `false` says no: a backend that predates capabilities, or that does not
 * mention one, is taken to support everything the contract describes.
 *
 * @example
 * ```ts
 * if (can(program, 'cancelRedemption')) showCancelButton();
 * ```
 */
export const can = (program: Pick<Program, 'capabilities'>, capability: Capability): boolean =>
  program.capabilities?.[capability] !== false;

/** A backend that can do none of the optional parts: every capability `false`. */
export const FEWEST_CAPABILITIES: Readonly<Required<ProgramCapabilities>> = Object.freeze(
  Object.fromEntries(
    CAPABILITIES.map((capability) => [capability, false]),
  ) as Required<ProgramCapabilities>,
);
