import type { Express, Request, Response } from "express";
import * as client from "openid-client";
import { z } from "zod";
import type { AccessClient } from "./access-client.js";
import { clearCookie, readCookie, setCookie, type CookieNames } from "./cookies.js";
import type { GatewayConfig } from "./gateway-config.js";
import type { OidcProvider } from "./oidc-client.js";
import { openPendingSignIn, PENDING_SIGN_IN_SECONDS, safeReturnPath, sealPendingSignIn } from "./pending-sign-in.js";

export interface AuthDeps {
  config: GatewayConfig;
  provider: OidcProvider;
  access: AccessClient;
  cookies: CookieNames;
  log: (level: "info" | "warn" | "error", msg: string, details?: Record<string, unknown>) => void;
}

// ProConnect's claims (userinfo); given_name and usual_name may be empty for some identity providers.
const userinfoSchema = z.object({
  sub: z.string().min(1),
  email: z.email(),
  given_name: z.string().default(""),
  usual_name: z.string().default(""),
  siret: z.string().regex(/^\d{14}$/).nullish(),
  idp_id: z.string().nullish(),
});

/** Why a sign-in did not end in a session, as the sign-in page words it (`/connexion?erreur=`). */
type Failure = "annulee" | "expiree" | "refusee" | "indisponible";

/**
 * The authorization code flow with ProConnect (or the local provider): state, nonce and PKCE
 * made here and checked on return, the ID token and the signed userinfo verified by
 * openid-client, then a session opened in the access service and its id set as the cookie.
 */
export function signInRoutes(app: Express, deps: AuthDeps): void {
  const { config, provider, access, cookies, log } = deps;
  const fail = (res: Response, failure: Failure) => {
    clearCookie(res, cookies.pendingSignIn, config.secureCookies);
    res.redirect(303, `/connexion?erreur=${failure}`);
  };
  /** The provider's configuration, or null once the agent has been told it is unreachable. */
  const discovered = async (res: Response): Promise<client.Configuration | null> => {
    try {
      return await provider();
    } catch (err) {
      log("error", "identity provider unreachable (discovery)", { err: (err as Error).message });
      fail(res, "indisponible");
      return null;
    }
  };

  app.get("/auth/connexion", async (req, res) => {
    const returnTo = safeReturnPath(req.query.retour);
    const configuration = await discovered(res);
    if (!configuration) return;
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
      expiresAt: Date.now() + PENDING_SIGN_IN_SECONDS * 1000,
    };
    setCookie(res, cookies.pendingSignIn, sealPendingSignIn(config.authSecret, pending), config.secureCookies, PENDING_SIGN_IN_SECONDS);
    res.setHeader("Cache-Control", "no-store");
    res.redirect(
      303,
      client
        .buildAuthorizationUrl(configuration, {
          redirect_uri: config.oidc.redirectUri,
          scope: config.oidc.scopes,
          state: pending.state,
          nonce: pending.nonce,
          code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
          code_challenge_method: "S256",
        })
        .href,
    );
  });

  app.get("/auth/callback", async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    if (typeof req.query.error === "string") {
      log("info", "sign-in cancelled or refused by the provider", { error: req.query.error });
      return fail(res, req.query.error === "access_denied" ? "annulee" : "refusee");
    }
    const pending = openPendingSignIn(config.authSecret, readCookie(req, cookies.pendingSignIn));
    if (!pending) return fail(res, "expiree");
    const configuration = await discovered(res);
    if (!configuration) return;
    let identity;
    let idToken: string;
    try {
      // Checks state, the code's PKCE, and the ID token's signature, issuer, audience, expiry
      // and nonce; then the userinfo JWT's signature and that it speaks of the same subject.
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl(req, config), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const userinfo = userinfoSchema.parse(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub));
      idToken = tokens.id_token!;
      identity = {
        subject: userinfo.sub,
        email: userinfo.email.toLowerCase(),
        givenName: userinfo.given_name,
        usualName: userinfo.usual_name,
        siret: userinfo.siret ?? null,
        idpId: userinfo.idp_id ?? null,
      };
    } catch (err) {
      log("warn", "sign-in refused: the provider's answer did not verify", { err: (err as Error).message, cause: String((err as Error).cause ?? "") });
      return fail(res, "refusee");
    }
    try {
      const opened = await access.open(identity, idToken);
      clearCookie(res, cookies.pendingSignIn, config.secureCookies);
      setCookie(res, cookies.session, opened.sessionId, config.secureCookies, (Date.parse(opened.expiresAt) - Date.now()) / 1000);
      log("info", "agent signed in", { subject: identity.subject });
      res.redirect(303, pending.returnTo);
    } catch (err) {
      log("error", "could not open the session", { err: (err as Error).message });
      fail(res, "indisponible");
    }
  });
}

/** The address the provider redirected to, rebuilt on the registered redirect URI (not the Host header). */
function callbackUrl(req: Request, config: GatewayConfig): URL {
  const url = new URL(config.oidc.redirectUri);
  url.search = new URL(req.originalUrl, "http://gateway").search;
  return url;
}
