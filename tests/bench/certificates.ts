import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startHost } from '../support/host';
import { residentId } from '../support/people';
import { report } from './report';

/**
 * Certificates rendered to PDF per second, as a clerk gets them: the real
 * browser host (built fresh), each certificate's page in Chromium (its call,
 * the React sheet, the QR code) printed to an A4 PDF — in the running app,
 * and from cold (the whole app loaded each time). The reference is a bare
 * page: the same sheet frozen as static HTML, printed by the same Chromium in
 * the same run — what this A4 page costs with no app around it (most of a
 * PDF's time is Chromium turning a few hundred CJK glyphs into Type 3 fonts).
 */
export async function benchCertificatePdf(runs = 30): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  // Benchmark the code as it is now, in its own output folder so no one's test build is overwritten.
  const dist = process.env.DESK_DIST ?? 'dist-bench';
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DESK_DIST: dist },
  });
  const host = await startHost({ dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ baseURL: host.url, locale: 'zh-CN' })).newPage();
    const issued = await issueSome(page, 10);
    await page.goto(`${host.url}/#/certificate?id=${issued[0]!.id}`);

    // As at the desk: the app is open, the clerk goes from one certificate to the next and prints each.
    let n = 0;
    const ours = await perSecond(runs, async () => {
      const c = issued[n++ % issued.length]!;
      await page.evaluate((id) => (window.location.hash = `#/certificate?id=${id}`), c.id);
      await page.getByTestId('certificate-sheet').filter({ hasText: c.serial }).getByTestId('certificate-qr').waitFor();
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    // From cold: the whole app loads (bundle, session, the certificate, the QR code) before each PDF.
    const cold = await perSecond(Math.ceil(runs / 2), async () => {
      await page.reload();
      await page.getByTestId('certificate-qr').waitFor();
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    // The reference: the same sheet frozen as static HTML with the app's own stylesheet (QR image
    // included) and nothing else — no app, no call, no React. What Chromium needs for this page alone.
    const frozen = await page.evaluate(() => {
      const css = [...document.styleSheets]
        .filter((sheet) => sheet.ownerNode instanceof HTMLLinkElement)
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join('\n');
      const sheet = document.querySelector('[data-testid="certificate-sheet"]')!.outerHTML;
      return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${sheet}</body></html>`;
    });
    const bare = await browser.newPage();
    const reference = await perSecond(runs, async () => {
      await bare.setContent(frozen);
      await bare.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    const referenceIs =
      'the same certificate sheet frozen as static HTML with the same stylesheet (no ' +
      'app, no API call, no React) loaded and printed to PDF by the same Chromium';
    report({
      name: 'certificate_pdf_per_s',
      ours,
      reference,
      ratio: ours / reference,
      unit: 'pdf/s',
      referenceIs,
      target: 'ours >= 1 pdf/s: opening and printing a certificate takes under a second',
      met: ours >= 1,
    });
    report({
      name: 'certificate_pdf_cold_per_s',
      ours: cold,
      reference,
      ratio: cold / reference,
      unit: 'pdf/s',
      referenceIs: `${referenceIs}; ours reloads the whole app before each PDF (a first print after start)`,
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function perSecond(runs: number, once: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 3; i++) await once();
  const t = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await once();
  return runs / (Number(process.hrtime.bigint() - t) / 1e9);
}

/** A desk, properties made compliant by a real inspection each, and their certificates, all through the API. */
async function issueSome(page: Page, count: number): Promise<{ id: string; serial: string }[]> {
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const res = await page.request.post(`/api/${name}`, { headers: { 'x-desk-request': '1' }, data: input });
    if (!res.ok()) throw new Error(`${name}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  await call('setup.initialize', {
    desk: { name: '基准测试服务台', regionCode: '331004006056' },
    admin: { username: 'bench', displayName: '基准', password: 'bench-password' },
  });
  await call('session.login', { username: 'bench', password: 'bench-password' });
  const issued: { id: string; serial: string }[] = [];
  for (let n = 0; n < count; n++) {
    const landlord = await call<{ id: string }>('landlords.create', {
      name: `王建${'国华明军'[n % 4]}`,
      idType: 'resident_id',
      idNumber: residentId('331004', '19700312', 10 + n),
      mobile: `1380576${String(1000 + n)}`,
    });
    const property = await call<{ id: string }>('properties.create', {
      landlordId: landlord.id,
      address: { regionCode: '331004006056', detail: `浮排村东路 ${8 + n} 号` },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
      rooms: ['101', '102', '201', '202', '301'].map((label) => ({
        label,
        floor: Number(label[0]),
        areaM2: 15,
        hasKitchen: label.endsWith('1'),
        privateBathroom: false,
        rentMonthly: 700,
      })),
    });
    const checklist = await call<{ items: { code: string }[] }>('inspections.checklist', { propertyId: property.id });
    await call('inspections.record', {
      propertyId: property.id,
      inspectedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      kind: 'first',
      findings: checklist.items.map((i) => ({ itemCode: i.code, outcome: 'pass' })),
    });
    issued.push(await call<{ id: string; serial: string }>('certificates.issue', { propertyId: property.id }));
  }
  return issued;
}
