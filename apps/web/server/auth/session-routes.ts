import { timingSafeEqual } from "node:crypto";
import type { Express, NextFunction, Request, Response } from "express";
import * as client from "openid-client";
import type { ResolvedSession } from "@tetris/shared/auth";
import { AccessUnavailableError } from "./access-client.js";
import { clearCookie, readCookie } from "./cookies.js";
import type { AuthDeps } from "./sign-in-routes.js";

export const CSRF_HEADER = "x-csrf-token";

/** The session behind the request's cookie, or null (no cookie, or one that has ended: then cleared). */
export async function sessionOf(req: Request, res: Response, { access, cookies, config }: AuthDeps): Promise<{ id: string; session: ResolvedSession } | null> {
  const id = readCookie(req, cookies.session);
  if (!id) return null;
  const session = await access.resolve(id);
  if (!session) {
    clearCookie(res, cookies.session, config.secureCookies);
    return null;
  }
  return { id, session };
}

/** A mutation made with the cookie must repeat the session's CSRF token in a header, which another site cannot read nor send. */
export function csrfMatches(req: Request, session: ResolvedSession): boolean {
  const given = Buffer.from(req.get(CSRF_HEADER) ?? "");
  const expected = Buffer.from(session.csrfToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const unavailable = "La connexion ne peut pas être vérifiée pour l'instant : réessayez dans un instant.";

/** What the pages know of the signed-in agent, and the sign-out through the provider. */
export function sessionRoutes(app: Express, deps: AuthDeps): void {
  const { config, provider, access, cookies, log } = deps;
  // The development token page is offered only where the gateway accepts its tokens.
  const tokenSignIn = !config.production;
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) =>
    handler(req, res).catch((err: unknown) => {
      if (!(err instanceof AccessUnavailableError)) return next(err);
      log("error", "access service unavailable", { err: err.message });
      res.status(503).json({ error: { message: unavailable } });
    });

  app.get(
    "/auth/session",
    guarded(async (req, res) => {
      res.setHeader("Cache-Control", "no-store");
      const found = await sessionOf(req, res, deps);
      if (!found) {
        res.json({ signedIn: false, tokenSignIn });
        return;
      }
      const { name, email, siret, habilitation, csrfToken, expiresAt } = found.session;
      res.json({ signedIn: true, name, email, siret, role: habilitation?.role ?? null, departments: habilitation?.departments ?? [], csrfToken, expiresAt, tokenSignIn });
    }),
  );

  app.post(
    "/auth/deconnexion",
    guarded(async (req, res) => {
      res.setHeader("Cache-Control", "no-store");
      const found = await sessionOf(req, res, deps);
      if (!found) {
        res.json({ redirect: "/connexion" });
        return;
      }
      if (!csrfMatches(req, found.session)) {
        res.status(403).json({ error: { message: "Demande de déconnexion refusée : rechargez la page, puis recommencez." } });
        return;
      }
      const idToken = await access.close(found.id);
      clearCookie(res, cookies.session, config.secureCookies);
      log("info", "agent signed out", { subject: found.session.subject });
      // Then out of the provider too, or the next "S'identifier" would sign in again without a question.
      try {
        const endSession = client.buildEndSessionUrl(await provider(), {
          post_logout_redirect_uri: config.oidc.postLogoutRedirectUri,
          state: client.randomState(),
          ...(idToken ? { id_token_hint: idToken } : {}),
        });
        res.json({ redirect: endSession.href });
      } catch (err) {
        log("warn", "signed out here, but not at the provider (unreachable)", { err: (err as Error).message });
        res.json({ redirect: "/connexion?deconnexion=locale" });
      }
    }),
  );
}
