// A real redis-server (Debian's package) on a free loopback port, for one test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { connectRedis } from '../idempotency/resp.ts';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts redis-server without persistence; resolves once it answers PING. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const connection = await connectRedis(url);
      await connection.command('PING');
      await connection.close();
      break;
    } catch (error) {
      if (attempt > 50 || child.exitCode !== null) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
