// Run-time checks for every IPC request, one per channel of shared/ipc-contract.ts.
// The `satisfies` clause makes the compiler prove each schema matches the contract's type.
import { z } from 'zod';
import { caseDocumentSchema } from '../shared/case-file';
import { studentWorkSchema } from '../shared/student-file';
import type { InvokeChannel, InvokeRequest } from '../shared/ipc-contract';

const none = z.undefined();

export const requestSchemas = {
  'case:open': none,
  'case:open-recent': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'case:save': z.object({ document: caseDocumentSchema, path: z.string().min(1).max(4096).nullable(), saveAs: z.boolean() }).strict(),
  'case:recent': none,
  'sources:pick': none,
  'export:save': z.object({ suggestedName: z.string().min(1).max(255), content: z.string().max(50_000_000) }).strict(),
  'autosave:write': z.object({ document: caseDocumentSchema, path: z.string().max(4096).nullable() }).strict(),
  'autosave:clear': none,
  'autosave:recover': none,
  'window:state': z.object({ title: z.string().max(300), dirty: z.boolean() }).strict(),
  'export:pdf': z.object({ suggestedName: z.string().min(1).max(255), html: z.string().max(50_000_000) }).strict(),
  'student:save': z.object({ work: studentWorkSchema, suggestedName: z.string().min(1).max(255) }).strict(),
  'student:open': none,
} satisfies { [C in InvokeChannel]: z.ZodType<InvokeRequest<C>> };
