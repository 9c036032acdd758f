import type { PrintRequest, PrintResult } from '../../core/api/print';
import type { Logger } from '../log';

/**
 * Printing in the Electron host: the printer dialog (`webContents.print`)
 * or a PDF (`printToPDF`) saved where the clerk chooses. The page's print
 * stylesheet lays out the A4 sheet; `preferCSSPageSize` lets its `@page`
 * rule win over Chromium's defaults, so paper and PDF match the browser host.
 */

/** The bits of a WebContents printing uses; Electron's fits. */
export interface PrintableContents {
  print(
    options: { silent: boolean; printBackground: boolean; pageSize: 'A4'; margins: { marginType: 'none' } },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: {
    pageSize: 'A4';
    printBackground: boolean;
    preferCSSPageSize: boolean;
    margins: { top: number; bottom: number; left: number; right: number };
  }): Promise<Uint8Array>;
}

export interface PrinterDeps {
  /** Asks where to save (Electron's save dialog); null when the clerk cancels. */
  chooseFile(suggested: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  log: Logger;
}

export type Printer = (contents: PrintableContents, request: PrintRequest) => Promise<PrintResult>;

export function createPrinter(deps: PrinterDeps): Printer {
  return async (contents, request) => {
    try {
      if (request.mode === 'dialog') {
        return await new Promise<PrintResult>((resolve) => {
          contents.print(
            { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
            (success, failureReason) => {
              // Electron reports the clerk closing the dialog as a failure named "cancelled".
              if (success) resolve({ ok: true, path: null });
              else if (/cancel/i.test(failureReason)) resolve({ ok: false, reason: 'cancelled' });
              else {
                deps.log.error('printing failed', { failureReason });
                resolve({ ok: false, reason: 'failed' });
              }
            },
          );
        });
      }
      const path = await deps.chooseFile(request.fileName);
      if (!path) return { ok: false, reason: 'cancelled' };
      const pdf = await contents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      await deps.writeFile(path, pdf);
      return { ok: true, path };
    } catch (e) {
      deps.log.error('printing failed', { error: e instanceof Error ? e.message : String(e) });
      return { ok: false, reason: 'failed' };
    }
  };
}
