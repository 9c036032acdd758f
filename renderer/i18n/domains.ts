import type { DomainTexts } from './define';
import inspections from './inspections';
import certificates from './certificates';
import walkIn from './walk-in';
import register from './register';
import excel from './excel';
import tenancy from './tenancy';

/**
 * Texts of the later workflows, one file per domain (e.g. `./inspections.ts`
 * with `export default defineTexts({ zh: { inspections: {…} }, en: { inspections: {…} } })`).
 * Add the import here; each adds its own top-level key.
 */
export const domainTexts: DomainTexts<Record<string, unknown>>[] = [
  certificates,
  inspections,
  tenancy,
  walkIn,
  register,
  excel,
];
