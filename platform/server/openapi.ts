import { OpenAPIHono } from '@hono/zod-openapi';
import { PROTOCOL_VERSION } from '../../core/sync/protocol';
import { ROUTES } from './routes';

/**
 * The OpenAPI document of the sync protocol, generated from the routes and
 * core/sync's schemas (never written by hand): docs/openapi.json is this,
 * and a test fails when the committed file differs.
 */
export function openApiDocument() {
  const app = new OpenAPIHono();
  for (const route of ROUTES) app.openAPIRegistry.registerPath(route);
  app.openAPIRegistry.registerComponent('securitySchemes', 'desk', {
    type: 'http',
    scheme: 'bearer',
    description: 'The credential a desk received at enrolment.',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Rental Service Desk — city platform sync API',
      version: String(PROTOCOL_VERSION),
      description: 'How a desk enrols, pushes its outbox and pulls the changes of its region. See docs/sync-protocol.md.',
      license: { name: 'UNLICENSED', url: 'https://example.invalid/rental-service-desk/license' },
    },
    servers: [{ url: 'https://platform.example.invalid', description: "The city's platform (behind its reverse proxy)" }],
    security: [{ desk: [] }],
  });
}
