import { http, type RequestHandler } from 'msw';
import { guarded, type HandlerContext, jsonBody, requireCustomer } from './http.ts';
import { keyed } from './keyed.ts';
import { parseAction } from './validate.ts';

/** `POST /v1/me/actions` (keyed): claim a follow, share or review rule. */
export const actionHandlers = (context: HandlerContext): RequestHandler[] => [
  http.post(
    '*/v1/me/actions',
    guarded(async ({ request }) => {
      const id = await requireCustomer(request, context);
      const body = await jsonBody(request);
      const ruleId = parseAction(body);
      return keyed(request, context, id, body, () => ({
        status: 201,
        body: context.engine.claimAction(id, ruleId),
      }));
    }),
  ),
];
