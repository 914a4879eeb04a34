import { GATEWAY_TOKEN_HEADER, internalSessionPaths, signGatewayToken, type OpenedSession, type ResolvedSession, type SessionIdentity } from "@tetris/shared/auth";

/** The access service refused or could not be reached: the agent is told to try again. */
export class AccessUnavailableError extends Error {
  override name = "AccessUnavailableError";
}

/**
 * The gateway's side of the access service's internal routes: the sessions live there, in its
 * database, so that every gateway instance and every tab sees the same ones. Each call carries
 * the gateway's credential, which no browser holds.
 */
export function accessClient(baseUrl: string, authSecret: string) {
  let credential: { token: string; renewAt: number } | null = null;
  async function gatewayToken(): Promise<string> {
    // The token lives 5 minutes: renewed after 4, so a call never carries one about to expire.
    if (!credential || credential.renewAt < Date.now()) credential = { token: await signGatewayToken(authSecret), renewAt: Date.now() + 240_000 };
    return credential.token;
  }
  async function call<T>(path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: await gatewayToken() },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    } catch (err) {
      throw new AccessUnavailableError(`access service unreachable: ${(err as Error).message}`);
    }
    if (!response.ok) throw new AccessUnavailableError(`access service answered ${response.status} to ${path}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  return {
    open: (identity: SessionIdentity, idToken: string) => call<OpenedSession>(internalSessionPaths.open, { identity, idToken }),
    resolve: async (sessionId: string) => (await call<{ session: ResolvedSession | null }>(internalSessionPaths.resolve, { sessionId })).session,
    close: async (sessionId: string) => (await call<{ idToken: string | null }>(internalSessionPaths.close, { sessionId })).idToken,
  };
}
export type AccessClient = ReturnType<typeof accessClient>;
