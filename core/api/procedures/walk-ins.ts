import { procedure } from '../procedure';
import { historyInput, historyOutput } from '../../schemas/history';
import { searchInput, searchOutput } from '../../schemas/search';
import { walkInInput, walkInOutput } from '../../schemas/walk-in';

/** The landlord-walks-in flow, the one search box, and the history behind every record. */
export const walkInProcedures = {
  /** Landlord, property, rooms, letter and first inspection in one transaction. */
  'walkIns.register': procedure({ input: walkInInput, output: walkInOutput, access: 'register.write' }),
  'search.query': procedure({ input: searchInput, output: searchOutput, access: 'register.read' }),
  'register.history': procedure({ input: historyInput, output: historyOutput, access: 'register.read' }),
};
