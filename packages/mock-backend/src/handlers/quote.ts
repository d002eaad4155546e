import { http, type RequestHandler } from 'msw';
import { guarded, type HandlerContext, jsonBody, reply, tokenCustomer } from './http.ts';
import { parseCart } from './validate.ts';

/** `POST /v1/quote`: points for a cart, at the signed-in customer's tier (none for guests). */
export const quoteHandlers = (context: HandlerContext): RequestHandler[] => [
  http.post(
    '*/v1/quote',
    guarded(async ({ request }) => {
      const id = await tokenCustomer(request, context);
      const cart = parseCart(await jsonBody(request));
      return reply(200, context.engine.quote(cart, id ?? undefined));
    }),
  ),
];
