// A merchant's API server in plain Node: the gateway from its tarball over a
// connector (the mock engine's, standing in for a loyalty platform), on the
// gateway's Node adapter. Prints what a widget would be answered.
import { createGateway, signToken } from '@loyaltykit/gateway';
import { serveNode } from '@loyaltykit/gateway/node';
import { createEngine, engineConnector, usStore } from '@loyaltykit/mock-backend';

const secret = 'consumer-secret';
const gateway = createGateway({
  connector: engineConnector(createEngine(usStore)),
  keys: { pk_shop: { audience: 'shop.example', signingKeys: [{ secret }] } },
});
const { url, close } = await serveNode(gateway, { port: 0 });
const now = Math.floor(Date.now() / 1000);
const token = await signToken({ sub: 'cus_maya', aud: 'shop.example', exp: now + 300 }, secret);
const me = await fetch(`${url}/v1/me`, {
  headers: { 'X-Publishable-Key': 'pk_shop', Authorization: `Bearer ${token}` },
});
const stranger = await fetch(`${url}/v1/program`, { headers: { 'X-Publishable-Key': 'pk_other' } });
process.stdout.write(
  JSON.stringify({
    me: { status: me.status, body: await me.json() },
    stranger: { status: stranger.status, body: await stranger.json() },
  }),
);
await close();
