import { z } from 'zod';
import type { MessageParam, MessageRef, Text } from '../i18n/types';

/**
 * Messages as outputs carry them: a key of the catalogue and its parameters,
 * never translated text. The UI says them in the clerk's language (and can
 * switch language without asking again); only errors are translated, once, at
 * the transport.
 */
export const textSchema: z.ZodType<Text> = z.object({ zh: z.string(), en: z.string() });

export const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), textSchema, messageRefSchema, z.array(messageParamSchema)]),
);

export const messageRefSchema: z.ZodType<MessageRef> = z.object({
  key: z.string(),
  params: z.record(z.string(), messageParamSchema).optional(),
});
