import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { residentId } from '../support/people';
import { api, expect, logIn, pickRemote, setUpDesk, test } from './fixtures';

type Issued = { id: string; serial: string; payload: string };

/** A landlord's property registered through the API (registration is not this test's subject). */
async function property(page: Page, n: number) {
  const landlord = await api<{ id: string }>(page, 'landlords.create', {
    name: `陈建${'国华明'[n % 3]}`,
    idType: 'resident_id',
    idNumber: residentId('331004', '19700312', 30 + n),
    mobile: `1380576${String(1000 + n)}`,
  });
  return api<{ id: string; address: string }>(page, 'properties.create', {
    landlordId: landlord.id,
    address: { regionCode: '331004006056', detail: `浮排村东路 ${20 + n} 号` },
    buildingType: 'self_built',
    floors: 2,
    mixedUse: false,
    rooms: [
      { label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: true, rentMonthly: 800 },
      { label: '201', floor: 2, areaM2: 21, hasKitchen: false, privateBathroom: false, rentMonthly: 600 },
    ],
  });
}

/** A real inspection through the register: every applicable item passes, except the given ones. */
async function inspect(page: Page, propertyId: string, kind: 'first' | 'routine', failing: string[] = []) {
  const checklist = await api<{ items: { code: string }[] }>(page, 'inspections.checklist', { propertyId });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return api<{ fireStatus: string }>(page, 'inspections.record', {
    propertyId,
    inspectedOn: today,
    kind,
    findings: checklist.items.map((i) =>
      failing.includes(i.code)
        ? { itemCode: i.code, outcome: 'fail', note: '楼道堆放杂物', severity: 'major' }
        : { itemCode: i.code, outcome: 'pass' },
    ),
  });
}

async function pickProperty(page: Page, text: string, label = '出租房屋') {
  await pickRemote(page, label, text);
}

/** The verify page, the code arriving as a USB scanner sends it (keystrokes, then Enter) or pasted. */
async function verify(page: Page, payload: string, how: 'scanner' | 'paste' = 'paste') {
  await page.getByRole('menuitem', { name: '核验证明' }).click();
  const box = page.getByLabel('二维码内容');
  await box.fill('');
  if (how === 'scanner') await box.pressSequentially(payload, { delay: 0 });
  else await box.fill(payload);
  await box.press('Enter');
  return page.getByTestId('verdict');
}

/** Reads a QR code from a PPM image (pdftoppm's default output) with jsQR, as any verifier could. */
function decodePpm(file: string): string | null {
  const buf = readFileSync(file);
  const header = buf.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PPM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const rgb = buf.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    rgba[i * 4] = rgb[i * 3]!;
    rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
    rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, w, h)?.data ?? null;
}

test('a clerk issues, prints and verifies a certificate; void and a failed re-inspection make it void', async ({ page, host }) => {
  test.setTimeout(180_000);
  await setUpDesk(page, host);
  await logIn(page);
  const compliant = await property(page, 1);
  const uninspected = await property(page, 2);
  const later = await property(page, 3);
  expect((await inspect(page, compliant.id, 'first')).fireStatus).toBe('compliant');
  expect((await inspect(page, later.id, 'first')).fireStatus).toBe('compliant');

  // A property never inspected is refused, with the register's reason in plain words.
  await page.getByRole('menuitem', { name: '合格证明' }).click();
  await pickProperty(page, '浮排村东路 22 号');
  await page.getByRole('button', { name: '签发合格证明' }).click();
  await expect(page.getByTestId('issue-refusal')).toContainText('该房屋消防状态为“未检查”，不能签发合格证明：尚未进行消防安全检查');
  expect((await api<{ total: number }>(page, 'certificates.list', {})).total).toBe(0);

  // The compliant one is issued and opens as its A4 sheet.
  await pickProperty(page, '浮排村东路 21 号');
  await page.getByRole('button', { name: '签发合格证明' }).click();
  const sheet = page.getByTestId('certificate-sheet');
  await expect(sheet).toContainText('出租房屋消防安全检查合格证明');
  await expect(sheet).toContainText('331004006056-');
  await expect(page.getByTestId('certificate-qr')).toBeVisible();
  const id = new URLSearchParams(page.url().split('?')[1]).get('id')!;
  const issued = await api<Issued & { facts: { validUntil: string } }>(page, 'certificates.get', { id });
  expect(issued.serial).toMatch(/^331004006056-\d{4}-000001$/);

  // Printing is counted first (the footer shows it), then Chromium's print dialog opens. Headless Chromium
  // cannot drive that dialog (it stays "being printed"), so only the dialog is stood in for; page.pdf()
  // then prints the same page with the same print stylesheet, as "Save as PDF" in the dialog would.
  await page.evaluate(() => {
    const w = window as unknown as { print: () => void; printDialogs: number };
    w.printDialogs = 0;
    w.print = () => void w.printDialogs++;
  });
  await page.getByRole('button', { name: '打印' }).click();
  await expect(page.getByText('已记录打印，这是第 1 次')).toBeVisible();
  await expect(page.getByRole('button', { name: '补打' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { printDialogs: number }).printDialogs)).toBe(1);
  const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
  const pdf = join(dir, 'certificate.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '出租房屋消防安全检查合格证明',
    `编号：${issued.serial}`,
    '浮排村东路21号',
    '陈建华',
    '盖章处',
    '消防安全须知',
    '最多居住人数',
    '峰江街道浮排社区服务总台',
    '王站长',
    '打印次数：1',
  ]) {
    expect(text).toContain(expected);
  }

  // Rendered to pixels (Chinese must be real glyphs, not boxes: see docs/screenshots/certificate.png), the QR decodes
  // to the signed payload.
  execFileSync('pdftoppm', ['-r', '150', '-singlefile', pdf, join(dir, 'page')]);
  expect(decodePpm(join(dir, 'page.ppm'))).toBe(issued.payload);
  // A 150 dpi scan of the page, as a clerk would photograph or scan it, for the verify page below.
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, join(dir, 'scan')]);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join(dir, 'readme')]);
  mkdirSync('docs/screenshots', { recursive: true });
  writeFileSync('docs/screenshots/certificate.png', readFileSync(join(dir, 'readme.png')));

  // Verified at the desk: typed in by a scanner, and read from the rendered page image.
  await page.goBack();
  let verdict = await verify(page, issued.payload, 'scanner');
  await expect(verdict).toContainText('有效');
  await expect(verdict).toContainText(`有效：证明真实，在有效期内（至 ${issued.facts.validUntil}）`);
  await expect(verdict).toContainText('浮排村东路 21 号');
  await page.getByLabel('二维码内容').fill('');
  await page.getByTestId('verify-image').setInputFiles(join(dir, 'scan.png'));
  await expect(page.getByLabel('二维码内容')).toHaveValue(issued.payload);
  await expect(verdict).toContainText('有效：证明真实');

  // One character changed: tampered.
  const i = issued.payload.length - 20;
  const forged = issued.payload.slice(0, i) + (issued.payload[i] === 'Q' ? 'R' : 'Q') + issued.payload.slice(i + 1);
  verdict = await verify(page, forged);
  await expect(verdict).toContainText('无效：内容被改动或二维码损坏，签名核验不通过');

  // The supervisor voids it: a reason is required; then verification says void, and it cannot be printed.
  await page.getByRole('menuitem', { name: '合格证明' }).click();
  const row = page.getByTestId('certificate-list').locator('tr').filter({ hasText: issued.serial });
  await row.getByRole('button', { name: '作废' }).click();
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByText('作废须填写原因（至少 4 个字）')).toBeVisible();
  await page.getByLabel('作废原因').fill('房东申请注销出租');
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(row).toContainText('已作废');
  await expect(row).toContainText('经站长作废，原因：房东申请注销出租');
  verdict = await verify(page, issued.payload);
  await expect(verdict).toContainText('已作废：经站长作废，原因：房东申请注销出租');
  await page.goto(`${host.url}/#/certificate?id=${id}`);
  await expect(page.getByText('此证明已作废')).toBeVisible();
  await expect(page.getByRole('button', { name: '补打' })).toBeDisabled();

  // Another property's certificate; a new inspection finds a hazard and the certificate is void by itself.
  await page.goto(`${host.url}/#/certificates`);
  await pickProperty(page, '浮排村东路 23 号');
  await page.getByRole('button', { name: '签发合格证明' }).click();
  await expect(page.getByTestId('certificate-sheet')).toContainText('浮排村东路 23 号');
  const second = await api<Issued>(page, 'certificates.get', { id: new URLSearchParams(page.url().split('?')[1]).get('id')! });
  expect(second.serial).toMatch(/-000002$/);
  expect((await inspect(page, later.id, 'routine', ['ESC-1'])).fireStatus).toBe('rectifying');
  await page.goto(`${host.url}/#/certificates`);
  await expect(page.getByTestId('certificate-list').locator('tr').filter({ hasText: second.serial })).toContainText(
    '房屋检查发现隐患，限期整改中，证明自动作废',
  );
  verdict = await verify(page, second.payload);
  await expect(verdict).toContainText('已作废：房屋检查发现隐患，限期整改中，证明自动作废');

  // In English, the refusal reads in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Certificates' }).click();
  await pickProperty(page, '浮排村东路 22 号', 'Property');
  await page.getByRole('button', { name: 'Issue certificate' }).click();
  await expect(page.getByTestId('issue-refusal')).toContainText('The property is "Not inspected", so no certificate can be issued');
  void uninspected;
});
