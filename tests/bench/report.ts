/** One line of `npm run bench`: our figure beside its reference, measured in the same run. */
export interface BenchLine {
  name: string;
  ours: number;
  reference: number;
  /** Always ours / reference: above 1 is better for a throughput (rows/s), worse for a latency (ms). */
  ratio: number;
  unit: string;
  /** What the reference is, in words. */
  referenceIs: string;
  target?: string;
  met?: boolean;
}

export function report(line: BenchLine): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  console.log(JSON.stringify({ ...line, ours: round(line.ours), reference: round(line.reference), ratio: round(line.ratio) }));
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function timeMs(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
