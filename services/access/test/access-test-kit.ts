import { DEVELOPMENT_AUTH_SECRET, GATEWAY_TOKEN_HEADER, signAccessToken } from "@tetris/shared";
import { apiClient, isolatedTestEnvironment, startServiceForTest, testGatewayToken } from "@tetris/shared/testing";
import { accessConfigSchema } from "../src/config.js";
import { accessWiring } from "../src/wiring.js";

export type Env = ReturnType<typeof isolatedTestEnvironment>;
export type Service = Awaited<ReturnType<typeof startServiceForTest>>;

/** The service's clock, which a test moves forward to expire sessions. */
export function testClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(seconds: number) {
      offsetMs += seconds * 1000;
    },
  };
}

export const startAccess = (env: Env, clock = testClock(), extraEnv: Record<string, string> = {}) =>
  startServiceForTest("access", accessConfigSchema, accessWiring({ now: clock.now }), env, extraEnv);

/** The administrator of the tests, as the journal names them. */
export const ADMIN = { subject: "admin-anct-1", name: "Alice Administratrice" };
export const anctClient = async (url: string) => apiClient(url, await signAccessToken(DEVELOPMENT_AUTH_SECRET, { ...ADMIN, role: "anct", departments: [] }));

/** A plain JSON POST to an internal route, with the gateway's credential unless told otherwise. */
export async function internalPost(url: string, path: string, body: unknown, credential?: string | null) {
  const token = credential === undefined ? await testGatewayToken() : credential;
  const response = await fetch(`${url}/internal/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token === null ? {} : { [GATEWAY_TOKEN_HEADER]: token }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, any>, headers: response.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers read field by field
}

/** What the gateway sends after ProConnect's callback, for one of oidc-dev's demo agents or any other. */
export function identity(overrides: Partial<{ subject: string; email: string; givenName: string; usualName: string; siret: string | null; idpId: string | null }> = {}) {
  return {
    subject: "demo-prefecture-55-julien-marchal",
    email: "julien.marchal@meuse.gouv.fr",
    givenName: "Julien",
    usualName: "Marchal",
    siret: "17559999000009",
    idpId: "00000000-0000-4000-8000-0000000e7a70",
    ...overrides,
  };
}

/** The gateway's three calls. */
export function gateway(url: string) {
  return {
    open: (who = identity(), idToken = "header.payload.signature-of-the-id-token") => internalPost(url, "sessions", { identity: who, idToken }),
    resolve: (sessionId: string) => internalPost(url, "sessions/resolve", { sessionId }),
    close: (sessionId: string) => internalPost(url, "sessions/close", { sessionId }),
  };
}
