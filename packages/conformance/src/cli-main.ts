import { parseArgs } from 'node:util';
import { signToken } from '@loyaltykit/gateway';
import { conforms, formatReport, runConformance } from './run.ts';

const USAGE = `Usage: loyaltykit-conformance --api-url <url> --publishable-key <pk_…> (--token <jwt> | --token-secret <secret> --subject <customer id> --audience <aud>)
  --api-url <url>          the Storefront API base URL, without /v1
  --publishable-key <key>  the programme's publishable key
  --token <jwt>            a customer token for a test member who has points
  --token-secret <secret>  or mint HS256 tokens with this secret, for:
  --subject <id>             the test member's customer id (sub)
  --audience <aud>           the audience your backend expects (aud)
  --issuer <iss>             iss, when your backend checks it
  --key-id <kid>             kid, when your backend rotates secrets`;

/** Where the CLI writes. */
export interface CliOutput {
  log(text: string): void;
  error(text: string): void;
}

/**
 * `loyaltykit-conformance` without the process around it: parses `args`,
 * checks the backend, prints the report; resolves the exit code (0 when no
 * MUST failed, 1 when one did, 2 for bad arguments).
 */
export async function runCli(
  args: readonly string[],
  output: CliOutput = console,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'api-url': { type: 'string' },
        'publishable-key': { type: 'string' },
        token: { type: 'string' },
        'token-secret': { type: 'string' },
        subject: { type: 'string' },
        audience: { type: 'string' },
        issuer: { type: 'string' },
        'key-id': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    output.log(USAGE);
    return 0;
  }
  const text = (name: string) =>
    typeof values[name] === 'string' ? (values[name] as string) : undefined;
  const apiUrl = text('api-url');
  const publishableKey = text('publishable-key');
  const given = text('token');
  const secret = text('token-secret');
  const subject = text('subject');
  const audience = text('audience');
  const problem = !apiUrl
    ? '--api-url is required.'
    : !publishableKey
      ? '--publishable-key is required.'
      : !given && !(secret && subject && audience)
        ? 'Give --token, or --token-secret with --subject and --audience.'
        : undefined;
  if (problem || !apiUrl || !publishableKey) {
    output.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  const issuer = text('issuer');
  const kid = text('key-id');
  const token = given
    ? async () => given
    : () =>
        signToken(
          {
            sub: subject as string,
            aud: audience as string,
            exp: Math.floor(Date.now() / 1000) + 300,
            ...(issuer && { iss: issuer }),
          },
          { secret: secret as string, ...(kid && { kid }) },
        );
  const results = await runConformance({ apiUrl, publishableKey, token });
  output.log(formatReport(results));
  return conforms(results) ? 0 : 1;
}
