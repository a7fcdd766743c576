import { z } from "zod";

/** Every 4xx/5xx body from /api and /auth: a stable code, plain words, and the field at fault if any. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
