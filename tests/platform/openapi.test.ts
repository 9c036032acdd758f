import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../platform/server/openapi';

/** docs/openapi.json is generated, never edited: it must be what the routes and core/sync's schemas say now. */
describe('the OpenAPI document', () => {
  it('is committed as the code generates it (npm run platform:openapi)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('describes every endpoint with its errors in the platform’s shape', () => {
    const doc = JSON.parse(JSON.stringify(openApiDocument())) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.paths).sort()).toEqual(['/v1/enrol', '/v1/health', '/v1/pull', '/v1/push', '/v1/reconcile']);
    expect(Object.keys(doc.paths['/v1/push']!.post!.responses).sort()).toEqual(['200', '400', '401', '403', '409', '413', '415', '422']);
  });
});
