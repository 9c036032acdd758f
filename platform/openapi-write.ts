import { writeFileSync } from 'node:fs';
import { openApiDocument } from './server/openapi';

// `npm run platform:openapi`: writes docs/openapi.json from the routes and core/sync's schemas.
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log('wrote docs/openapi.json');
