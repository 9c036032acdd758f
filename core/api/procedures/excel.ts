import { z } from 'zod';
import { procedure } from '../procedure';
import {
  exportInput,
  exportOutput,
  fileInput,
  fileOutput,
  importCheckInput,
  importCheckOutput,
  importCommitInput,
  importCommitOutput,
  importJobId,
  importProgressOutput,
} from '../../schemas/excel';

/** The register as an Excel workbook, both ways. */
export const excelProcedures = {
  /** Masked unless `full` (a role with 'export.full'; the full export is logged). */
  'exports.register': procedure({ input: exportInput, output: exportOutput, access: 'register.read' }),
  'imports.template': procedure({ input: z.strictObject({}), output: fileOutput, access: 'register.read' }),
  /** Reads and checks every row; changes nothing. */
  'imports.check': procedure({ input: importCheckInput, output: importCheckOutput, access: 'register.write' }),
  /** The valid rows (or all-or-nothing) in one transaction, checked again inside it. */
  'imports.commit': procedure({ input: importCommitInput, output: importCommitOutput, access: 'register.write' }),
  /** The same sheet with an error column, for the clerk to correct and import again. */
  'imports.errorSheet': procedure({ input: fileInput, output: fileOutput, access: 'register.write' }),
  'imports.progress': procedure({
    input: z.strictObject({ jobId: importJobId }),
    output: importProgressOutput,
    access: 'register.write',
  }),
};
