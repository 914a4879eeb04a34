import { z } from "zod";

const list = z
  .string()
  .transform((s) => s.split(",").map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(z.url()).min(1));

/**
 * The local provider's settings. The defaults are the gateway's own on 127.0.0.1, so that
 * nothing needs setting in development. It has no passwords: it refuses to run in production.
 */
export const devProviderConfigSchema = z.object({
  NODE_ENV: z
    .enum(["development", "test", "production"])
    .default("development")
    .refine((env) => env !== "production", "le fournisseur de démonstration ne doit jamais servir en production"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().default("127.0.0.1"),
  OIDC_DEV_PORT: z.coerce.number().int().min(0).max(65535).default(4109),
  /** Defaults to http://<HOST>:<port actually listened on>. */
  OIDC_DEV_ISSUER: z.url().optional(),
  OIDC_DEV_CLIENT_ID: z.string().min(1).default("tetris-web"),
  OIDC_DEV_CLIENT_SECRET: z.string().min(32).default("tetris-web-local-development-secret-not-for-production"),
  OIDC_DEV_REDIRECT_URIS: list.default(["http://127.0.0.1:4100/auth/callback"]),
  OIDC_DEV_POST_LOGOUT_REDIRECT_URIS: list.default(["http://127.0.0.1:4100/connexion", "http://127.0.0.1:4100/"]),
  /** A private JWK Set (JSON) to sign with; without it a key is made at each start. */
  OIDC_DEV_JWKS: z.string().optional(),
});
export type DevProviderConfig = z.infer<typeof devProviderConfigSchema>;
