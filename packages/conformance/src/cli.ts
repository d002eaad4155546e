// `loyaltykit-conformance`: checks a Storefront API backend from the command line.
// Built to dist/cli.js by `pnpm --filter @loyaltykit/conformance build`; runs on plain Node 20.
import { runCli } from './cli-main.ts';

process.exitCode = await runCli(process.argv.slice(2));
