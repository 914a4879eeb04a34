/** The answer of one tRPC call over plain HTTP, as any client would see it. */
export interface ApiAnswer<T = unknown> {
  status: number;
  data: T;
  error: { message: string; data: { code: string; httpStatus: number; issues?: { path: string; message: string }[] } } | undefined;
}

/**
 * A deliberately plain HTTP client for tests: it speaks tRPC's wire format (POST for
 * mutations, GET ?input= for queries) so tests check what a real client receives,
 * status codes included.
 */
export function apiClient(baseUrl: string, token?: string, headers: Record<string, string> = {}) {
  const common = { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  async function answer<T>(response: Response): Promise<ApiAnswer<T>> {
    const body = (await response.json()) as { result?: { data: T }; error?: ApiAnswer["error"] };
    return { status: response.status, data: body.result?.data as T, error: body.error };
  }
  return {
    async query<T = unknown>(path: string, input?: unknown): Promise<ApiAnswer<T>> {
      const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return answer<T>(await fetch(`${baseUrl}/trpc/${path}${qs}`, { headers: common }));
    },
    async mutate<T = unknown>(path: string, input?: unknown): Promise<ApiAnswer<T>> {
      return answer<T>(
        await fetch(`${baseUrl}/trpc/${path}`, {
          method: "POST",
          headers: { ...common, "content-type": "application/json" },
          body: JSON.stringify(input ?? null),
        }),
      );
    },
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
