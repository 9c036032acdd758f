import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startHost } from '../support/host';
import { percentile, report } from './report';

/**
 * The room rack's first paint on the register the bench seeded (100k rooms by
 * default): the real browser host (`$DESK_DIST/electron/serve.mjs`, built by
 * `npm run build`) on the bench's data folder, Debian's Chromium driven by
 * playwright-core, a logged-in clerk opening #/rooms (the rack's tiles). Measured in the page:
 * milliseconds from navigation start until the frame with the first rack
 * lines in it has been drawn (a MutationObserver sees them arrive; the figure
 * is taken after the next animation frame). The reference is the same app's bare page, the
 * login screen (same bundle, same host, no register data), in the same run.
 */
export async function benchRackPaint(dataDir: string, login: { username: string; password: string }, runs = 7): Promise<void> {
  // The code as it is now, built into the folder the host launcher serves (DESK_DIST, else dist/).
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'ignore', 'inherit'] });
  const host = await startHost({ dataDir });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const paintedAfter = async (path: string, selector: string, loggedIn: boolean) => {
      const context = await browser!.newContext({ baseURL: host.url, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      if (loggedIn) {
        const res = await context.request.post('/api/session.login', { headers: { 'x-desk-request': '1' }, data: login });
        if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
      }
      const page = await context.newPage();
      // Watched from inside the page, so the figure holds no round trip of the test driver:
      // the first frame drawn after the selector's element entered the DOM.
      await page.addInitScript((sel: string) => {
        const w = window as unknown as { __painted?: number };
        new MutationObserver((_, obs) => {
          if (w.__painted !== undefined || !document.querySelector(sel)) return;
          obs.disconnect();
          w.__painted = -1;
          requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now())));
        }).observe(document, { childList: true, subtree: true });
      }, selector);
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForFunction(() => ((window as unknown as { __painted?: number }).__painted ?? -1) > 0, undefined, { timeout: 30_000 });
      const ms = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
      await context.close();
      return ms;
    };
    const bare = () => paintedAfter('/', 'button[type="submit"]', false);
    const rack = () => paintedAfter('/#/rooms', '[data-testid="rack-row"]', true);
    await bare();
    await rack(); // warm: the host's first call derives today's statuses, Chromium fills its caches
    const ours: number[] = [];
    const ref: number[] = [];
    for (let i = 0; i < runs; i++) {
      ref.push(await bare());
      ours.push(await rack());
    }
    const worst = percentile(ours, 100);
    const refWorst = percentile(ref, 100);
    report({
      name: 'rack_first_paint',
      ours: worst,
      reference: refWorst,
      ratio: worst / refWorst,
      unit: 'ms',
      referenceIs:
        `the same app's bare login page in the same Chromium and host; worst of ${runs} runs each (median ours ` +
        `${percentile(ours, 50).toFixed(0)} ms)`,
      target: 'ours <= 1500 ms',
      met: worst <= 1500,
    });
  } finally {
    await browser?.close();
    await host.stop();
  }
}
