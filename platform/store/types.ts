import type { PlatformDb } from './open';

/** A transaction of the platform's database, on PGlite or PostgreSQL alike. */
export type Tx = Parameters<Parameters<PlatformDb['transaction']>[0]>[0];
