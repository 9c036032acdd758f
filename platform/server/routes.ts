import { createRoute } from '@hono/zod-openapi';
import {
  enrolRequest,
  enrolResponse,
  healthResponse,
  platformError,
  pullQuery,
  pullResponse,
  pushRequest,
  pushResponse,
  reconcileRequest,
  reconcileResponse,
} from '../../core/sync/protocol';

/**
 * The platform's HTTP routes, declared once: the server serves them and
 * docs/openapi.json is generated from them (`npm run platform:openapi`).
 */
const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const err = (description: string) => json(platformError, description);
const bearer = [{ desk: [] }];

export const healthRoute = createRoute({
  method: 'get',
  path: '/v1/health',
  operationId: 'health',
  summary: 'The platform is up: its epoch, schema version and database kind',
  security: [],
  responses: { 200: json(healthResponse, 'The platform is serving') },
});

export const enrolRoute = createRoute({
  method: 'post',
  path: '/v1/enrol',
  operationId: 'enrol',
  summary: 'A desk enrols with a one-time code and its public key, and receives its credential',
  security: [],
  request: { body: { required: true, ...json(enrolRequest, 'The code, the desk id, its name and public key') } },
  responses: {
    200: json(enrolResponse, 'Enrolled: the credential is shown this once'),
    400: err('Malformed JSON or a request that does not fit the schema'),
    403: err('The code is not valid, used or expired'),
    409: err('A desk with this id is enrolled in another region, or the code is for another region than the desk names'),
    413: err('The body is too large'),
    415: err('Not application/json'),
  },
});

export const pushRoute = createRoute({
  method: 'post',
  path: '/v1/push',
  operationId: 'push',
  summary: "A batch of the desk's outbox, in sequence order: each change's outcome, exactly once",
  security: bearer,
  request: { body: { required: true, ...json(pushRequest, 'At most the caps: changes in sequence order without gaps') } },
  responses: {
    200: json(pushResponse, 'The outcome of every change of the batch (stored ones for sequences sent again)'),
    400: err('Malformed JSON, a request that does not fit the schema, or changes out of order'),
    401: err('No, an unknown or a revoked desk credential'),
    403: err("A change names another desk than the caller's"),
    409: err('A sequence gap (the expected sequence in details), or the platform was restored (a new epoch)'),
    413: err('Over the caps (in details)'),
    415: err('Not application/json'),
    422: err('A desk schema version the platform does not speak (the supported ones in details)'),
  },
});

export const pullRoute = createRoute({
  method: 'get',
  path: '/v1/pull',
  operationId: 'pull',
  summary: "A page of the changes in the desk's scope after its cursor, in the platform's one global order",
  security: bearer,
  request: { query: pullQuery },
  responses: {
    200: json(pullResponse, 'A page; store `next` with it, in the same transaction'),
    400: err('A query that does not fit the schema'),
    401: err('No, an unknown or a revoked desk credential'),
    409: err('The platform was restored (a new epoch): pull again from the start'),
  },
});

export const reconcileRoute = createRoute({
  method: 'post',
  path: '/v1/reconcile',
  operationId: 'reconcile',
  summary: "The desk's count and hash per table against the platform's, for the desk's region",
  security: bearer,
  request: { body: { required: true, ...json(reconcileRequest, 'Per table: count and hash of sorted id:version') } },
  responses: {
    200: json(reconcileResponse, "The platform's count and hash per table, and whether each matches"),
    400: err('Malformed JSON or a request that does not fit the schema'),
    401: err('No, an unknown or a revoked desk credential'),
  },
});

export const ROUTES = [healthRoute, enrolRoute, pushRoute, pullRoute, reconcileRoute];
