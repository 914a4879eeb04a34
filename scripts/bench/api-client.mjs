// tRPC over plain HTTP, as any client of the public APIs: POST for mutations, GET ?input= for
// queries. Keep-alive connections (undici's default) so that the bench measures the service,
// not TCP handshakes.
import { DEVELOPMENT_AUTH_SECRET, signAccessToken } from "@tetris/shared";

export class ApiError extends Error {
  constructor(path, status, body) {
    super(`${path} answered ${status}: ${body?.error?.message ?? JSON.stringify(body).slice(0, 300)}`);
    this.status = status;
  }
}

export function apiClient(baseUrl, token) {
  const authorization = token ? { authorization: `Bearer ${token}` } : {};
  async function answer(path, response) {
    const body = await response.json();
    if (!response.ok) throw new ApiError(path, response.status, body);
    return body.result?.data;
  }
  return {
    async query(path, input) {
      const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return answer(path, await fetch(`${baseUrl}/trpc/${path}${qs}`, { headers: authorization }));
    },
    async mutate(path, input) {
      return answer(
        path,
        await fetch(`${baseUrl}/trpc/${path}`, {
          method: "POST",
          headers: { ...authorization, "content-type": "application/json" },
          body: JSON.stringify(input ?? null),
        }),
      );
    },
  };
}

/** A staff token minted like `npm run token`, with the secret the services run with. */
export function anctToken() {
  const secret = process.env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET;
  return signAccessToken(secret, { subject: "bench-anct", name: "Banc d'essai", role: "anct", departments: [] });
}
