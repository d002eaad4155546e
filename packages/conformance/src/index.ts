export { type CliOutput, runCli } from './cli-main.ts';
export {
  type ConformanceContext,
  type Level,
  type Requirement,
  requirements,
  Skip,
} from './requirements.ts';
export {
  type ConformanceOptions,
  conforms,
  formatReport,
  type Result,
  runConformance,
} from './run.ts';
