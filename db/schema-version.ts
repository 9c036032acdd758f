/**
 * The register's schema version, sent with every outbox row so the platform
 * knows which shape a change has. Bump it with every migration; a test holds
 * it equal to the number of migrations.
 */
export const SCHEMA_VERSION = 7;
