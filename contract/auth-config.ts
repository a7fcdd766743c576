import { z } from "zod";

/** Public, unauthenticated facts the tab needs before sign-in. */
export const AuthConfigResponse = z.object({
  mode: z.enum(["local", "cloud"]),
  clientId: z.string(),
  /** Local mode: the browser page that starts the local sign-in. */
  signInUrl: z.string().nullable(),
});
export type AuthConfigResponse = z.infer<typeof AuthConfigResponse>;
