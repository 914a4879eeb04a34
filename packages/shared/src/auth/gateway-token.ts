import { SignJWT, errors, jwtVerify } from "jose";
import { InvalidTokenError } from "./tokens.js";

/** The header that carries the web gateway's credential to the internal routes (sessions). */
export const GATEWAY_TOKEN_HEADER = "x-tetris-gateway";

const ISSUER = "tetris";
// Not the staff tokens' audience ("tetris-api"): neither kind of token passes for the other.
const AUDIENCE = "tetris-gateway";
const SUBJECT = "gateway";
const encoder = new TextEncoder();

/**
 * The web gateway's credential (HS256 with the installation's AUTH_SECRET, 5 minutes): it
 * proves that a call to the internal session routes comes from the gateway, which alone holds
 * the session cookies. The gateway mints a fresh one at least every few minutes.
 */
export async function signGatewayToken(secret: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(SUBJECT)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(encoder.encode(secret));
}

/** Verifies signature, issuer, audience, subject and expiry; throws InvalidTokenError in French. */
export async function verifyGatewayToken(secret: string, token: string): Promise<void> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      subject: SUBJECT,
      algorithms: ["HS256"],
    });
    // A token without expiry would be valid for ever: refused, as jose would accept it.
    if (payload.exp === undefined) throw new InvalidTokenError("Jeton de passerelle sans expiration");
  } catch (err) {
    if (err instanceof InvalidTokenError) throw err;
    if (err instanceof errors.JWTExpired) throw new InvalidTokenError("Jeton de passerelle expiré");
    throw new InvalidTokenError("Jeton de passerelle invalide");
  }
}
