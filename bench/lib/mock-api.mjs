// The real mock Storefront API over HTTP, in its own process (its CPU is not
// the page's), started through its CLI on a free loopback port. The CLI prints
// its URL and a signed token for the seed member; production-mode pages use both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../packages/mock-backend/dist/cli.js', import.meta.url));

export function startMockApi() {
  const child = spawn(process.execPath, [cli, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`The mock API did not start:\n${out}`)), 10_000);
    function fail(error) {
      clearTimeout(timer);
      child.kill();
      reject(error);
    }
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`The mock API exited (${code}):\n${out}`)));
    child.stdout.on('data', (data) => {
      out += data;
      const url = out.match(/on (http:\/\/\S+)\/v1/)?.[1];
      const token = out.match(/Bearer (\S+)/)?.[1];
      if (!url || !token) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, token, stop: () => child.kill() });
    });
  });
}
