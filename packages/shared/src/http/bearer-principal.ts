import type { Request } from "express";
import type { Principal } from "../auth/principal.js";
import { verifyAccessToken } from "../auth/tokens.js";

/**
 * The caller of a plain HTTP route, from its bearer token: null without a token; throws
 * InvalidTokenError for a bad one. tRPC procedures get the same through their context.
 */
export async function bearerPrincipal(secret: string, req: Request): Promise<Principal | null> {
  const authorization = req.header("authorization");
  if (!authorization?.startsWith("Bearer ")) return null;
  return verifyAccessToken(secret, authorization.slice("Bearer ".length).trim());
}
