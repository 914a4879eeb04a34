import type { RequestHandler } from "express";

/**
 * What every answer of a service carries. The services answer JSON and files, never pages to
 * render (the printable report is downloaded, not shown from here), so the policy allows nothing
 * to load, run or frame them.
 *
 * No Strict-Transport-Security: the services speak plain http on 127.0.0.1 behind the gateway,
 * and HSTS is only honoured (and only safe to promise) on the TLS front that terminates https —
 * the reverse proxy of the installation sends it.
 */
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export function securityHeaders(headers: Readonly<Record<string, string>> = apiSecurityHeaders): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}
