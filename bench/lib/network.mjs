// Every request a page makes to our origins, as Chromium's network stack sees
// it over CDP: CORS preflights included (Playwright's request events skip
// them), with the status on the wire (304s), whether the HTTP cache answered,
// and the body's bytes. `reset()` starts a new page view.

/** Records the requests of the CDP session's page to URLs under `ourOrigins`. */
export function recordNetwork(cdp, ourOrigins) {
  const isOurs = (url) => ourOrigins.some((origin) => url.startsWith(origin));
  let byId = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    if (!isOurs(request.url)) return;
    // A redirect reuses the id: the last hop is the one that answers.
    byId.set(requestId, {
      id: requestId,
      url: request.url,
      method: request.method,
      preflight: type === 'Preflight' || request.method === 'OPTIONS',
      status: undefined,
      fromCache: false,
      bodyBytes: 0,
    });
  });
  const update = (requestId, change) => {
    const entry = byId.get(requestId);
    if (entry) Object.assign(entry, change(entry));
  };
  cdp.on('Network.requestServedFromCache', ({ requestId }) =>
    update(requestId, () => ({ fromCache: true })),
  );
  cdp.on('Network.responseReceived', ({ requestId, response }) =>
    update(requestId, (e) => ({
      status: e.status ?? response.status,
      fromCache: e.fromCache || response.fromDiskCache || response.fromPrefetchCache,
    })),
  );
  // The raw answer: a revalidated cache hit shows its 304 here, not in responseReceived.
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) =>
    update(requestId, () => ({ status: statusCode })),
  );
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) =>
    update(requestId, (e) => ({ bodyBytes: e.bodyBytes + dataLength })),
  );

  return {
    /** The requests since the last reset, in the order they were sent. */
    requests: () => [...byId.values()].map((r) => ({ ...r })),
    /** The body Chromium kept for a request (undefined when it has none). */
    body: async (id) => {
      try {
        const { body, base64Encoded } = await cdp.send('Network.getResponseBody', {
          requestId: id,
        });
        return base64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      } catch {
        return undefined;
      }
    },
    reset() {
      byId = new Map();
    },
  };
}
