import type { CaseResult } from './invariants';
import { emptyPullCase, poisonChangeCase } from './bad-answers';
import { killPointsCase } from './kill-points';
import { restoredPlatformCase } from './restored-platform';
import { wrongClocksCase } from './wrong-clocks';

/** The named cases `npm run test:faults -- --cases` runs once each, by the number of docs/sync.md's list. */
export const NAMED_CASES: Record<string, (opts: { seed: number; log: (line: string) => void }) => Promise<CaseResult>> = {
  '1 kills at each step': killPointsCase,
  '3 a platform restored from an older backup': restoredPlatformCase,
  '4 a change that can never apply, mid-batch': poisonChangeCase,
  '5 a PC clock a day ahead, in 2050, a day behind (faketime)': wrongClocksCase,
  '8 an empty pull from the start: the fail-safe stops': emptyPullCase,
};
