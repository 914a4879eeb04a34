import { describe, expect, it } from "vitest";
import { cookieNames } from "../server/auth/cookies.js";
import { loadGatewayConfig } from "../server/auth/gateway-config.js";
import { openPendingSignIn, safeReturnPath, sealPendingSignIn } from "../server/auth/pending-sign-in.js";

const secret = "a-secret-of-the-installation-at-least-32-chars";
const pending = { state: "s".repeat(43), nonce: "n".repeat(43), codeVerifier: "v".repeat(43), returnTo: "/dossiers", expiresAt: Date.now() + 600_000 };
const production = {
  NODE_ENV: "production",
  AUTH_SECRET: secret,
  OIDC_ISSUER: "https://proconnect.example",
  OIDC_CLIENT_ID: "tetris",
  OIDC_CLIENT_SECRET: "client-secret",
  OIDC_REDIRECT_URI: "https://tetris.example/auth/callback",
  OIDC_POST_LOGOUT_REDIRECT_URI: "https://tetris.example/connexion",
};

describe("the gateway's sign-in configuration", () => {
  it("signs in with the local provider in development, on its own address, without Secure cookies", () => {
    const config = loadGatewayConfig({ WEB_PORT: "4100" });
    expect(config.oidc).toMatchObject({ issuer: new URL("http://127.0.0.1:4109"), clientId: "tetris-web", redirectUri: "http://127.0.0.1:4100/auth/callback", postLogoutRedirectUri: "http://127.0.0.1:4100/connexion" });
    expect(config.oidc.scopes.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "given_name", "usual_name", "siret"]));
    expect(config.secureCookies).toBe(false);
    expect(cookieNames(false)).toEqual({ session: "tetris_session", pendingSignIn: "tetris_connexion" });
  });

  it("requires every ProConnect variable and the secret in production, naming the missing ones", () => {
    expect(() => loadGatewayConfig({ ...production, OIDC_CLIENT_SECRET: undefined, OIDC_REDIRECT_URI: undefined })).toThrow(/OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI obligatoire/);
    expect(() => loadGatewayConfig({ ...production, AUTH_SECRET: undefined })).toThrow(/AUTH_SECRET/);
  });

  it("marks the cookies Secure and __Host- when the public address is https", () => {
    const config = loadGatewayConfig(production);
    expect(config.secureCookies).toBe(true);
    expect(cookieNames(config.secureCookies).session).toBe("__Host-tetris_session");
  });
});

describe("the sign-in in progress, kept in a signed cookie", () => {
  it("comes back as it was sealed", () => {
    expect(openPendingSignIn(secret, sealPendingSignIn(secret, pending))).toEqual(pending);
  });

  it("is refused when altered, signed with another secret, missing or too old", () => {
    const sealed = sealPendingSignIn(secret, pending);
    const [body, signature] = sealed.split(".");
    const altered = Buffer.from(JSON.stringify({ ...pending, returnTo: "/national" })).toString("base64url");
    expect(openPendingSignIn(secret, `${altered}.${signature}`)).toBeNull();
    expect(openPendingSignIn(secret, `${body}.${signature!.slice(0, -2)}AA`)).toBeNull();
    expect(openPendingSignIn("another-secret-of-at-least-32-characters", sealed)).toBeNull();
    expect(openPendingSignIn(secret, null)).toBeNull();
    expect(openPendingSignIn(secret, "not-a-cookie")).toBeNull();
    expect(openPendingSignIn(secret, sealed, pending.expiresAt + 1)).toBeNull();
  });

  it("sends the agent back only to a page of this site", () => {
    expect(safeReturnPath("/ateliers/abc/saisie")).toBe("/ateliers/abc/saisie");
    for (const elsewhere of ["https://evil.example/", "//evil.example", "/\\\\evil.example", "javascript:alert(1)", "/auth/callback", "/connexion", 42, undefined]) {
      expect(safeReturnPath(elsewhere)).toBe("/");
    }
  });
});
