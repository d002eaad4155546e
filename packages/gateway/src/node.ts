import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { type FetchHandler, unrouted } from './handler.ts';
import { problem } from './problems.ts';

/** Methods the Fetch standard refuses to put in a `Request`: the adapter answers them itself. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function toRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The body streams, so the handler's size limit stops an oversized upload early.
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    ...(hasBody && {
      body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>,
      duplex: 'half',
    }),
  };
  return new Request(
    new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`),
    init,
  );
}

async function send(outgoing: ServerResponse, response: Response): Promise<void> {
  // `Response.error()` is a network error: the client sees the connection cut.
  if (response.type === 'error') return void outgoing.socket?.destroy();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * A `node:http` request listener that answers with a fetch handler: the
 * whole Node adapter of the gateway.
 *
 * @example
 * ```ts
 * createServer(nodeListener(createGateway(options))).listen(8787);
 * ```
 */
export function nodeListener(
  handler: FetchHandler,
): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  return async (incoming, outgoing) => {
    try {
      const method = incoming.method ?? 'GET';
      if (FORBIDDEN_METHODS.has(method)) {
        return await send(
          outgoing,
          unrouted(method, new URL(incoming.url ?? '/', 'http://localhost')),
        );
      }
      await send(outgoing, await handler(toRequest(incoming)));
    } catch {
      // A request Node parsed but Fetch cannot represent (a bad Host, say).
      if (!outgoing.headersSent)
        await send(outgoing, problem(400, 'validation_failed', 'Malformed request.'));
    }
  };
}

/** A listening server and how to stop it. */
export interface NodeServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a fetch handler over HTTP on Node until closed.
 *
 * @example
 * ```ts
 * const { url, close } = await serveNode(createGateway(options), { port: 8787 });
 * ```
 */
export function serveNode(
  handler: FetchHandler,
  options: { port?: number; host?: string } = {},
): Promise<NodeServer> {
  const server = createServer(nodeListener(handler));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({
        url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
