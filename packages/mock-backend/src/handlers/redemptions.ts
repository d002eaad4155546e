import { http, type PathParams, type RequestHandler } from 'msw';
import { guarded, type HandlerContext, jsonBody, reply, requireCustomer } from './http.ts';
import { keyed } from './keyed.ts';
import { parseRedeem } from './validate.ts';

/** `POST /v1/me/redemptions` (keyed) and `DELETE /v1/me/redemptions/{id}`. */
export const redemptionHandlers = (context: HandlerContext): RequestHandler[] => [
  http.post(
    '*/v1/me/redemptions',
    guarded(async ({ request }) => {
      const id = await requireCustomer(request, context);
      const body = await jsonBody(request);
      const input = parseRedeem(body);
      return keyed(request, context, id, body, () => ({
        status: 201,
        body: context.engine.redeem(id, input),
      }));
    }),
  ),
  http.delete(
    '*/v1/me/redemptions/:redemptionId',
    guarded<{ request: Request; params: PathParams }>(async ({ request, params }) => {
      const id = await requireCustomer(request, context);
      return reply(200, context.engine.cancelRedemption(id, String(params.redemptionId)));
    }),
  ),
];
