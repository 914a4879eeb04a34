import { SignJWT, jwtVerify, errors } from "jose";
import { principalSchema, type Principal } from "./principal.js";

const ISSUER = "tetris";
const AUDIENCE = "tetris-api";
const encoder = new TextEncoder();

export class InvalidTokenError extends Error {
  override name = "InvalidTokenError";
}

/** Signs a bearer token (HS256, shared secret of the installation) for a principal. */
export async function signAccessToken(secret: string, principal: Principal, expiresIn: string = "8h"): Promise<string> {
  const { subject, ...claims } = principalSchema.parse(principal);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(encoder.encode(secret));
}

/** Verifies signature, issuer, audience and expiry, and that the claims make a principal. */
export async function verifyAccessToken(secret: string, token: string): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    const parsed = principalSchema.safeParse({ ...payload, subject: payload.sub });
    if (!parsed.success) throw new InvalidTokenError("Jeton sans identité valide");
    return parsed.data;
  } catch (err) {
    if (err instanceof InvalidTokenError) throw err;
    if (err instanceof errors.JWTExpired) throw new InvalidTokenError("Jeton expiré");
    throw new InvalidTokenError("Jeton invalide");
  }
}
