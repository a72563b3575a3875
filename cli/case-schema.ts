// The shape of a case folder's case.json, checked before anything is read.
import { z } from 'zod';

export const caseFileSchema = z.object({
  schema: z.literal('parallax/case@1').optional(),
  title: z.string().min(1),
  description: z.string().optional(),
  provenance: z.string().optional(),
  language: z.string().optional(),
  sources: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'a source id is letters, digits, dots, dashes or underscores'),
        name: z.string().min(1),
        kind: z.string().optional(),
        file: z.string().min(1),
      }),
    )
    .min(1),
});

export type CaseFile = z.infer<typeof caseFileSchema>;
