import { connect, type Socket } from 'node:net';

/** A Redis reply: simple and bulk strings, integers, nil, arrays; errors reject. */
export type RedisReply = string | number | null | RedisReply[];

/** A parsed reply and where it ended, or `undefined` when `buffer` holds only part of one. */
function parse(buffer: Buffer, at: number): { value: RedisReply | Error; end: number } | undefined {
  const line = buffer.indexOf('\r\n', at);
  if (line < 0) return undefined;
  const head = buffer.toString('utf8', at + 1, line);
  switch (String.fromCharCode(buffer[at] as number)) {
    case '+':
      return { value: head, end: line + 2 };
    case '-':
      return { value: new Error(head), end: line + 2 };
    case ':':
      return { value: Number(head), end: line + 2 };
    case '$': {
      const length = Number(head);
      if (length < 0) return { value: null, end: line + 2 };
      if (buffer.length < line + 2 + length + 2) return undefined;
      return {
        value: buffer.toString('utf8', line + 2, line + 2 + length),
        end: line + 4 + length,
      };
    }
    case '*': {
      const count = Number(head);
      if (count < 0) return { value: null, end: line + 2 };
      const items: RedisReply[] = [];
      let end = line + 2;
      for (let i = 0; i < count; i++) {
        const item = parse(buffer, end);
        if (!item) return undefined;
        if (item.value instanceof Error) return item;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    default:
      return { value: new Error(`Unexpected Redis reply ${head}`), end: buffer.length };
  }
}

/** A connection that sends commands and resolves their replies in order (RESP2, pipelined). */
export interface RedisConnection {
  command(...args: string[]): Promise<RedisReply>;
  close(): Promise<void>;
}

/**
 * Connects to Redis over TCP and speaks its protocol (RESP2): enough for an
 * idempotency store (SET NX PX, GET, EVAL), in 80 lines instead of a client
 * library.
 */
export function connectRedis(url: string): Promise<RedisConnection> {
  const { hostname, port, password, username } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const waiting: { resolve(value: RedisReply): void; reject(error: Error): void }[] = [];
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const reply = buffer.length > 0 ? parse(buffer, 0) : undefined;
        if (!reply) break;
        buffer = buffer.subarray(reply.end);
        const next = waiting.shift();
        if (reply.value instanceof Error) next?.reject(reply.value);
        else next?.resolve(reply.value);
      }
    });
    const failAll = (error: Error) => {
      for (const next of waiting.splice(0)) next.reject(error);
    };
    socket.on('error', (error) => {
      failAll(error);
      reject(error);
    });
    socket.on('close', () => failAll(new Error('Redis connection closed')));
    const connection: RedisConnection = {
      command: (...args) =>
        new Promise((done, fail) => {
          waiting.push({ resolve: done, reject: fail });
          const parts = args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`);
          socket.write(`*${args.length}\r\n${parts.join('')}`);
        }),
      close: () =>
        new Promise((done) => {
          socket.end(() => done());
        }),
    };
    socket.once('connect', async () => {
      try {
        if (password) {
          const user = decodeURIComponent(username || 'default');
          await connection.command('AUTH', user, decodeURIComponent(password));
        }
        resolve(connection);
      } catch (error) {
        reject(error);
      }
    });
  });
}
