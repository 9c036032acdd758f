import type { Register } from './write';

/**
 * A name a clerk recognises for a row the sync talks about (a rejection, a
 * conflict): the property's address, the room with its address, the person's
 * name, the certificate's serial. Null when the row is not on this desk.
 */
export function rowLabel(reg: Register, entity: string, id: string): string | null {
  const one = (sql: string) => (reg.statement(sql).get(id) as { l: string | null } | undefined)?.l ?? null;
  switch (entity) {
    case 'properties':
      return one('SELECT address AS l FROM properties WHERE id = ?');
    case 'rooms':
      return one("SELECT p.address || ' ' || r.label AS l FROM rooms r JOIN properties p ON p.id = r.property_id WHERE r.id = ?");
    case 'landlords':
      return one('SELECT name AS l FROM landlords WHERE id = ?');
    case 'tenants':
      return one('SELECT name AS l FROM tenants WHERE id = ?');
    case 'certificates':
      return one('SELECT serial AS l FROM certificates WHERE id = ?');
    case 'inspections':
      return one(
        "SELECT p.address || ' ' || i.inspected_on AS l FROM inspections i JOIN properties p ON p.id = i.property_id WHERE i.id = ?",
      );
    case 'hazards':
      return one('SELECT description AS l FROM hazards WHERE id = ?');
    case 'tenancies':
      return one(
        "SELECT p.address || ' ' || r.label AS l FROM tenancies t JOIN rooms r ON r.id = t.room_id " +
          'JOIN properties p ON p.id = r.property_id WHERE t.id = ?',
      );
    case 'scheduledInspections':
      return one(
        "SELECT p.address || ' ' || s.due_on AS l FROM scheduled_inspections s JOIN properties p ON p.id = s.property_id WHERE s.id = ?",
      );
    default:
      return null;
  }
}
