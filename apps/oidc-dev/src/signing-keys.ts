import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK } from "jose";

/**
 * The keys that sign ID tokens and userinfo. Made at each start unless given: nothing secret
 * is committed, and a restart only costs the relying party one JWKS refresh (unknown `kid`).
 */
export async function signingKeys(jwksJson: string | undefined): Promise<{ keys: JWK[] }> {
  if (jwksJson) {
    const jwks = JSON.parse(jwksJson) as { keys?: JWK[] };
    if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error("OIDC_DEV_JWKS doit être un JWK Set avec au moins une clé privée");
    return { keys: jwks.keys };
  }
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  return { keys: [{ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: "RS256", use: "sig" }] };
}
