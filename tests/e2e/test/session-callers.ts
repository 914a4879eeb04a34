import { randomBytes } from "node:crypto";
import type { Role } from "@tetris/shared";
import { apiClient, testToken, type AccessCaller, type CookieJar } from "@tetris/shared/testing";
import { demoAgentBySub } from "../../../apps/oidc-dev/src/demo-agents.js";
import { gateway as accessGatewayRoutes, identity } from "../../../services/access/test/access-test-kit.js";
import { demoSubs, signedInJar } from "./http-sign-in.js";

/** What a browser sends with a call once signed in: its session cookie, and the page's copy of the CSRF token. */
interface Session {
  /** The agent's address, which their habilitation names. */
  email: string;
  cookie: string;
  csrfToken: string;
}

const SESSION_COOKIE = "tetris_session";

/** The session cookie alone, out of all that the jar keeps (the provider's cookies too). */
function sessionCookie(jar: CookieJar): string {
  const found = new RegExp(`(?:^|; )(${SESSION_COOKIE}=[^;]+)`).exec(jar.header());
  if (!found) throw new Error("no session cookie after the sign-in");
  return found[1]!;
}

/**
 * Every demo agent signed in once through the gateway and the local provider; habilitations are
 * granted later, per matrix, and the gateway reads them afresh at each call. A sixth agent,
 * whom no grant ever names, gets a session from the access service's own route (the one the
 * gateway calls after ProConnect's callback): the five demo agents are all needed with a role.
 */
export async function signInAgents(webUrl: string, accessUrl: string) {
  const sessions = {} as Record<keyof typeof demoSubs, Session>;
  for (const [key, sub] of Object.entries(demoSubs) as [keyof typeof demoSubs, string][]) {
    const { jar, csrfToken } = await signedInJar(webUrl, sub);
    sessions[key] = { email: demoAgentBySub(sub)!.email, cookie: sessionCookie(jar), csrfToken };
  }
  const email = "agent.sans.habilitation@exemple-meuse.fr";
  const opened = await accessGatewayRoutes(accessUrl).open(identity({ subject: "matrix-agent-sans-habilitation", email, givenName: "Agent", usualName: "Sans Habilitation", siret: null }));
  if (opened.status !== 201) throw new Error(`opening the session of an agent without habilitation: ${opened.status}`);
  const stranger: Session = { email, cookie: `${SESSION_COOKIE}=${encodeURIComponent(String(opened.body.sessionId))}`, csrfToken: String(opened.body.csrfToken) };
  return { ...sessions, stranger };
}
export type SignedInAgents = Awaited<ReturnType<typeof signInAgents>>;

const withToken = (s: Session) => ({ cookie: s.cookie, "x-csrf-token": s.csrfToken });

/**
 * The matrix's callers for a home and a foreign département, as signed-in agents at the
 * gateway: ANCT (Camille Lefèvre), the préfectures (Julien Marchal for the Meuse, Hélène
 * Rouzaud for the other) and partners (Sophie Gérard for the Meuse, Marc Dubois for the other),
 * each granted by address right before (a grant replaces the holder's previous one). Then those
 * that must be refused: no cookie, a forged cookie, an agent without habilitation, and cookies
 * whose CSRF token is missing (their mutations are anyone's) or another session's (their
 * mutations refused by the gateway).
 */
export async function sessionCallers(a: SignedInAgents, accessUrl: string, home: string, foreign: string): Promise<AccessCaller[]> {
  // Each agent's own département where the matrix has it, so the names read true.
  const meuseIsForeign = foreign === "55";
  const [prefectureHome, prefectureForeign] = meuseIsForeign ? [a.ariege, a.meuse] : [a.meuse, a.ariege];
  const [partnerHome, partnerForeign] = meuseIsForeign ? [a.unknown, a.partnerMeuse] : [a.partnerMeuse, a.unknown];
  const anct = apiClient(accessUrl, await testToken("anct"));
  const grant = async (session: Session, role: Role, departments: string[]) => {
    const answer = await anct.mutate("habilitations.grant", { holder: { kind: "email", email: session.email }, role, departments });
    if (answer.status !== 200) throw new Error(`habilitations.grant: ${answer.status} ${answer.error?.message}`);
  };
  await grant(a.anct, "anct", []);
  await grant(prefectureHome, "prefecture", [home]);
  await grant(partnerHome, "partner", [home]);
  await grant(prefectureForeign, "prefecture", [foreign]);
  await grant(partnerForeign, "partner", [foreign]);
  const forged = randomBytes(32).toString("base64url");
  return [
    { name: "no cookie", headers: {} },
    { name: "forged session cookie", headers: { cookie: `${SESSION_COOKIE}=${forged}`, "x-csrf-token": forged } },
    { name: "signed in without habilitation", headers: withToken(a.stranger) },
    { name: "anct", headers: withToken(a.anct), role: "anct", department: "own" },
    { name: `prefecture of ${home}`, headers: withToken(prefectureHome), role: "prefecture", department: "own" },
    { name: `partner of ${home}`, headers: withToken(partnerHome), role: "partner", department: "own" },
    { name: `prefecture of ${foreign}`, headers: withToken(prefectureForeign), role: "prefecture", department: "foreign" },
    { name: `partner of ${foreign}`, headers: withToken(partnerForeign), role: "partner", department: "foreign" },
    { name: "anct without its CSRF token", headers: { cookie: a.anct.cookie }, role: "anct", department: "own", csrfToken: "missing" },
    {
      name: `prefecture of ${home} with another session's CSRF token`,
      headers: { cookie: prefectureHome.cookie, "x-csrf-token": partnerHome.csrfToken },
      role: "prefecture",
      department: "own",
      csrfToken: "wrong",
    },
  ];
}

