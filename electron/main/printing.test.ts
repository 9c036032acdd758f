import { describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { createPrinter, type PrintableContents } from './printing';

/** A window's contents as far as printing goes: it records what it was asked and answers as told. */
class FakeContents implements PrintableContents {
  calls: { method: string; options: unknown }[] = [];
  constructor(private readonly outcome: { success?: boolean; failureReason?: string; pdf?: Uint8Array; throws?: boolean } = {}) {}
  print(options: Parameters<PrintableContents['print']>[0], callback: (success: boolean, failureReason: string) => void) {
    this.calls.push({ method: 'print', options });
    callback(this.outcome.success ?? true, this.outcome.failureReason ?? '');
  }
  async printToPDF(options: Parameters<PrintableContents['printToPDF']>[0]) {
    this.calls.push({ method: 'printToPDF', options });
    if (this.outcome.throws) throw new Error('renderer gone');
    return this.outcome.pdf ?? new Uint8Array([0x25, 0x50, 0x44, 0x46]);
  }
}

function printerWith(chosen: string | null) {
  const written: { path: string; data: Uint8Array }[] = [];
  const asked: string[] = [];
  const print = createPrinter({
    chooseFile: async (suggested) => {
      asked.push(suggested);
      return chosen;
    },
    writeFile: async (path, data) => void written.push({ path, data }),
    log: silentLogger,
  });
  return { print, written, asked };
}

describe('createPrinter', () => {
  it('opens the printer dialog (never silent) for A4 with backgrounds', async () => {
    const contents = new FakeContents();
    const { print } = printerWith(null);
    expect(await print(contents, { mode: 'dialog', fileName: 'x.pdf' })).toEqual({ ok: true, path: null });
    expect(contents.calls).toEqual([
      { method: 'print', options: { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } } },
    ]);
  });

  it('tells a cancelled dialog from a failed print', async () => {
    const { print } = printerWith(null);
    expect(
      await print(new FakeContents({ success: false, failureReason: 'Print job canceled' }), { mode: 'dialog', fileName: 'x.pdf' }),
    ).toEqual({
      ok: false,
      reason: 'cancelled',
    });
    expect(
      await print(new FakeContents({ success: false, failureReason: 'Print job failed' }), { mode: 'dialog', fileName: 'x.pdf' }),
    ).toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('saves a PDF where the clerk chose, with the page’s own A4 size', async () => {
    const contents = new FakeContents({ pdf: new Uint8Array([1, 2, 3]) });
    const { print, written, asked } = printerWith('/home/clerk/证明.pdf');
    expect(await print(contents, { mode: 'pdf', fileName: '合格证明-331004006056-2026-000001.pdf' })).toEqual({
      ok: true,
      path: '/home/clerk/证明.pdf',
    });
    expect(asked).toEqual(['合格证明-331004006056-2026-000001.pdf']);
    expect(contents.calls[0]).toEqual({
      method: 'printToPDF',
      options: { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    });
    expect(written).toEqual([{ path: '/home/clerk/证明.pdf', data: new Uint8Array([1, 2, 3]) }]);
  });

  it('writes nothing when the clerk cancels the save dialog, and reports a failed PDF', async () => {
    const cancelled = printerWith(null);
    const contents = new FakeContents();
    expect(await cancelled.print(contents, { mode: 'pdf', fileName: 'x.pdf' })).toEqual({ ok: false, reason: 'cancelled' });
    expect(contents.calls).toEqual([]);
    expect(cancelled.written).toEqual([]);
    const broken = printerWith('/tmp/x.pdf');
    expect(await broken.print(new FakeContents({ throws: true }), { mode: 'pdf', fileName: 'x.pdf' })).toEqual({
      ok: false,
      reason: 'failed',
    });
    expect(broken.written).toEqual([]);
  });
});
