/**
 * The staff's bearer token, kept for the browser tab only (sessionStorage): closing the tab
 * signs out. A sign-in with the State's OpenID Connect provider can replace this later.
 */
const KEY = "tetris.token";

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** The claims of the token, read for display only: the services check the signature. */
export function currentUser(): { name: string; role: string; departments: string[] } | null {
  const token = currentToken();
  const payload = token?.split(".")[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0))));
    return { name: json.name, role: json.role, departments: json.departments ?? [] };
  } catch {
    return null;
  }
}
