import { signAccessToken } from "@tetris/shared/auth";
import type { NextFunction, Request, Response } from "express";
import { AccessUnavailableError } from "./access-client.js";
import { CSRF_HEADER, csrfMatches, sessionOf, unavailable } from "./session-routes.js";
import type { AuthDeps } from "./sign-in-routes.js";

// Short: the services trust it without asking anyone, so a withdrawn habilitation must not
// outlive it by much. Minted afresh for each request from the session as it is now.
const SERVICE_TOKEN_LIFETIME = "2m";
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** A tRPC-shaped refusal, so the pages' client shows its message like any service error. */
function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { message, code: -32003, data: { code, httpStatus: status } } });
}

/**
 * Before a call is relayed to a service: the session cookie becomes the short-lived bearer token
 * the services verify, so they never see cookies. A call that brings its own bearer token
 * (machine clients, the development token page) passes as it is, without the cookie's role.
 * A change lends the cookie's authority only with the session's CSRF token: without any, it goes
 * on as anyone's (another site's form gains nothing, a respondent's page works from its
 * invitation token even when an agent is signed in in the same browser); with a wrong one, it
 * comes from a page of an earlier session, which is told to reload.
 */
export function apiSession(deps: AuthDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    // The session id opens the gateway to whoever holds it: no service is given it.
    const relay = () => {
      delete req.headers.cookie;
      next();
    };
    if (req.headers.authorization) return relay();
    try {
      const found = await sessionOf(req, res, deps);
      if (!found) return relay();
      if (!safeMethods.has(req.method) && !csrfMatches(req, found.session)) {
        // The respondent's page never asks for the session, so never sends the token.
        if (req.get(CSRF_HEADER) === undefined) {
          deps.log("info", "cookie-carrying mutation without a CSRF token: relayed without the session's authority", { path: req.originalUrl });
          return relay();
        }
        deps.log("warn", "cookie-authenticated mutation with a wrong CSRF token: refused", { path: req.originalUrl, subject: found.session.subject });
        return refuse(res, 403, "FORBIDDEN", "Action refusée : la page n'a pas présenté son jeton de sécurité. Rechargez la page, puis recommencez.");
      }
      const { subject, name, email, habilitation } = found.session;
      // Without a habilitation the call goes on unauthenticated: the service answers as to anyone.
      if (habilitation) {
        const token = await signAccessToken(deps.config.authSecret, { subject, name: name.trim() || email, role: habilitation.role, departments: habilitation.departments }, SERVICE_TOKEN_LIFETIME);
        req.headers.authorization = `Bearer ${token}`;
      }
      relay();
    } catch (err) {
      if (!(err instanceof AccessUnavailableError)) return next(err);
      deps.log("error", "access service unavailable", { err: err.message });
      refuse(res, 503, "SERVICE_UNAVAILABLE", unavailable);
    }
  };
}
