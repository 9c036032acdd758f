import type { DomainTexts } from './define';

/**
 * Texts of the later workflows, one file per domain (e.g. `./inspections.ts`
 * with `export default defineTexts({ zh: { inspections: {…} }, en: { inspections: {…} } })`).
 * Add the import here; each adds its own top-level key.
 */
export const domainTexts: DomainTexts<Record<string, unknown>>[] = [];
