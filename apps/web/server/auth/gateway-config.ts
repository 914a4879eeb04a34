import { authSecretOf } from "@tetris/shared/auth";
import { z } from "zod";

// The local provider's client, registered by apps/oidc-dev with these very values: nothing to
// set in development. Production must set every OIDC_* variable (ProConnect's).
const developmentOidc = {
  OIDC_ISSUER: "http://127.0.0.1:4109",
  OIDC_CLIENT_ID: "tetris-web",
  OIDC_CLIENT_SECRET: "tetris-web-local-development-secret-not-for-production",
};

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  HOST: z.string().default("127.0.0.1"),
  QUESTIONNAIRE_URL: z.url().default("http://127.0.0.1:4101"),
  WORKSHOPS_URL: z.url().default("http://127.0.0.1:4102"),
  PROJECTS_URL: z.url().default("http://127.0.0.1:4103"),
  ACCESS_URL: z.url().default("http://127.0.0.1:4104"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET doit faire au moins 32 caractères").optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Where the provider sends the agent back: the gateway's /auth/callback as the public reaches it. */
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_POST_LOGOUT_REDIRECT_URI: z.url().optional(),
  OIDC_SCOPES: z.string().default("openid email given_name usual_name siret idp_id"),
});

export interface GatewayConfig {
  production: boolean;
  port: number;
  host: string;
  services: { questionnaire: string; workshops: string; projects: string; access: string };
  authSecret: string;
  oidc: {
    issuer: URL;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    postLogoutRedirectUri: string;
    scopes: string;
  };
  /** Cookies marked Secure (and named __Host-) when the public address is https. */
  secureCookies: boolean;
}

/** Reads the gateway's settings; says in French every variable missing or wrong, at once. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Configuration invalide :\n  ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ")}`);
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  const origin = `http://${c.HOST === "0.0.0.0" ? "127.0.0.1" : c.HOST}:${c.WEB_PORT}`;
  const oidc = production ? c : { ...developmentOidc, OIDC_REDIRECT_URI: `${origin}/auth/callback`, OIDC_POST_LOGOUT_REDIRECT_URI: `${origin}/connexion`, ...definedOnly(c) };
  const missing = (["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URI", "OIDC_POST_LOGOUT_REDIRECT_URI"] as const).filter((k) => !oidc[k]);
  if (missing.length > 0) throw new Error(`Configuration invalide : ${missing.join(", ")} obligatoire(s) en production (voir le README, « ProConnect »).`);
  const authSecret = authSecretOf({ AUTH_SECRET: c.AUTH_SECRET, NODE_ENV: c.NODE_ENV });
  return {
    production,
    port: c.WEB_PORT,
    host: c.HOST,
    services: { questionnaire: c.QUESTIONNAIRE_URL, workshops: c.WORKSHOPS_URL, projects: c.PROJECTS_URL, access: c.ACCESS_URL },
    authSecret,
    oidc: {
      issuer: new URL(oidc.OIDC_ISSUER!),
      clientId: oidc.OIDC_CLIENT_ID!,
      clientSecret: oidc.OIDC_CLIENT_SECRET!,
      redirectUri: oidc.OIDC_REDIRECT_URI!,
      postLogoutRedirectUri: oidc.OIDC_POST_LOGOUT_REDIRECT_URI!,
      scopes: c.OIDC_SCOPES,
    },
    secureCookies: new URL(oidc.OIDC_REDIRECT_URI!).protocol === "https:",
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
