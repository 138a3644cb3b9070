import { z } from 'zod';
import { userSchema } from '../users/user.js';

/** POST /auth/login. */
export const loginSchema = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(200),
  })
  .strict();
export type Credentials = z.infer<typeof loginSchema>;

/** The signed-in user with the actions the policy allows them (the web hides the rest). */
export const sessionUserSchema = userSchema.extend({ allowedActions: z.array(z.string()) });
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** A session as login and /auth/me return it; every write echoes the CSRF token. */
export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type Session = z.infer<typeof sessionSchema>;
