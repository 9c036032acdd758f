/**
 * Who may do what. Roles are product.md's users; a procedure names the
 * capability it needs, never a role, so changing who may do something is one
 * edit here.
 */
export const ROLES = ['clerk', 'inspector', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  'register.read',
  'register.write',
  'inspection.record',
  'property.close',
  'property.reopen',
  'tenancy.write',
  'certificate.issue',
  'certificate.void',
  'keys.import',
  'rules.load',
  'export.full',
  'pii.view',
  'clerks.manage',
  'supervision.view',
  /** Enrol the desk with the city platform, or leave it. */
  'sync.manage',
  /** Answer conflicts, release the fail-safe. */
  'sync.resolve',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const everything = CAPABILITIES;

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  clerk: ['register.read', 'register.write', 'tenancy.write', 'certificate.issue', 'property.close'],
  inspector: ['register.read', 'inspection.record', 'property.close'],
  supervisor: everything.filter((c) => c !== 'clerks.manage' && c !== 'sync.manage'),
  admin: everything,
};

export function can(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}
