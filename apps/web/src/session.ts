/**
 * Who is using the pages. Agents sign in with ProConnect: the gateway keeps the session
 * (an httpOnly cookie the pages never read) and tells the pages who it is, with the token
 * that must come back with every change (CSRF). In development only, a bearer token pasted on
 * the sign-in page, kept for the tab (sessionStorage), stands in for it.
 */
const KEY = "tetris.token";
// What the gateway last said about the session, for this tab: offline, the capture page reopens
// from the device with the agent still shown as signed in; the gateway decides at the next call.
const LAST_SESSION = "tetris.session";
const CSRF_HEADER = "x-csrf-token";
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("tetris-session");

interface AgentSession {
  signedIn: true;
  name: string;
  email: string;
  siret: string | null;
  role: string | null;
  departments: string[];
  csrfToken: string;
  expiresAt: string;
}
let agentSession: AgentSession | null = null;
let tokenSignInOffered = false;

/** Asks the gateway who is signed in; called once before the pages show. Offline: as last known in this tab. */
export async function loadSession(): Promise<void> {
  try {
    const response = await fetch("/auth/session", { headers: { accept: "application/json" }, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`session: ${response.status}`);
    const body = (await response.json()) as ({ signedIn: false } | AgentSession) & { tokenSignIn?: boolean };
    tokenSignInOffered = body.tokenSignIn === true;
    agentSession = body.signedIn ? body : null;
    if (agentSession) sessionStorage.setItem(LAST_SESSION, JSON.stringify(agentSession));
    else sessionStorage.removeItem(LAST_SESSION);
  } catch {
    const last = sessionStorage.getItem(LAST_SESSION);
    agentSession = last ? (JSON.parse(last) as AgentSession) : null;
  }
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}

/** Development only: keeps a pasted token for this tab. */
export function signInWithToken(token: string): void {
  sessionStorage.setItem(KEY, token.trim());
}

/** Whether the gateway accepts pasted tokens (never in production). */
export function tokenSignInAvailable(): boolean {
  return tokenSignInOffered;
}

/** The headers a call to a service carries: the pasted token, or the session's CSRF token. */
export function authHeaders(): Record<string, string> {
  const token = currentToken();
  if (token) return { authorization: `Bearer ${token}` };
  return agentSession ? { [CSRF_HEADER]: agentSession.csrfToken } : {};
}

/** The signed-in agent with a habilitation, for display and for what the pages offer: the services decide. */
export function currentUser(): { name: string; role: string; departments: string[] } | null {
  const token = currentToken();
  if (token) return claimsOf(token);
  if (!agentSession?.role) return null;
  return { name: agentSession.name, role: agentSession.role, departments: agentSession.departments };
}

/** Signed in through the provider, but granted nothing yet: the waiting page, nothing else. */
export function awaitingHabilitation(): { name: string; email: string; siret: string | null } | null {
  if (currentToken() || !agentSession || agentSession.role) return null;
  return { name: agentSession.name, email: agentSession.email, siret: agentSession.siret };
}

/**
 * Signs out of Tétris and, through the gateway, of the provider: every tab shares the session,
 * so every tab is told (BroadcastChannel) and goes to the sign-in page.
 */
export async function signOut(): Promise<void> {
  if (currentToken()) {
    sessionStorage.removeItem(KEY);
    location.assign("/connexion");
    return;
  }
  let redirect = "/connexion";
  try {
    const response = await fetch("/auth/deconnexion", { method: "POST", headers: authHeaders() });
    const body = (await response.json()) as { redirect?: string };
    if (response.ok && body.redirect) redirect = body.redirect;
  } catch {
    // The gateway is out of reach: the cookie stays, and the sign-in page says who is still signed in.
  }
  sessionStorage.removeItem(LAST_SESSION);
  channel?.postMessage("signed-out");
  location.assign(redirect);
}

channel?.addEventListener("message", (event) => {
  if (event.data !== "signed-out" || !agentSession) return;
  sessionStorage.removeItem(LAST_SESSION);
  location.assign("/connexion?deconnexion=ok");
});

function claimsOf(token: string): { name: string; role: string; departments: string[] } | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0))));
    return { name: json.name, role: json.role, departments: json.departments ?? [] };
  } catch {
    return null;
  }
}
