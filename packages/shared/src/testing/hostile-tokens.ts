import { SignJWT } from "jose";
import { DEVELOPMENT_AUTH_SECRET } from "../config/config.js";

const encoder = new TextEncoder();
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * Bearer tokens a service must refuse with a 401, each for its own reason. They all claim the
 * strongest role (ANCT, every département), so that accepting one would be seen at once.
 */
export async function hostileTokens(): Promise<Record<string, string>> {
  const claims = { name: "Intrus", role: "anct", departments: [] };
  const signed = () =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("intrus").setIssuer("tetris").setAudience("tetris-api").setIssuedAt();
  const now = Math.floor(Date.now() / 1000);
  return {
    malformed: "Bearer ceci-n-est-pas-un-jeton",
    empty: "Bearer ",
    notBearer: `Basic ${Buffer.from("admin:admin").toString("base64")}`,
    forgedSignature: `Bearer ${await signed().setExpirationTime("1h").sign(encoder.encode("un-autre-secret-que-celui-de-l-installation"))}`,
    algNone: `Bearer ${base64url({ alg: "none", typ: "JWT" })}.${base64url({ ...claims, sub: "intrus", iss: "tetris", aud: "tetris-api", exp: now + 3600 })}.`,
    expired: `Bearer ${await signed().setIssuedAt(now - 7200).setExpirationTime(now - 3600).sign(encoder.encode(DEVELOPMENT_AUTH_SECRET))}`,
    unknownRole: `Bearer ${await new SignJWT({ ...claims, role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("intrus").setIssuer("tetris").setAudience("tetris-api").setExpirationTime("1h").sign(encoder.encode(DEVELOPMENT_AUTH_SECRET))}`,
    otherAudience: `Bearer ${await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("intrus").setIssuer("tetris").setAudience("another-api").setExpirationTime("1h").sign(encoder.encode(DEVELOPMENT_AUTH_SECRET))}`,
  };
}
