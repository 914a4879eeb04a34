import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

/**
 * An OpenID provider that answers every code with an ID token whose issuer or audience the
 * test chooses: what an attacker, or a misconfigured provider, would send the gateway.
 */
export async function startRogueProvider(idToken: { issuer?: string; audience: string; nonce: () => string }) {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "rogue", alg: "RS256", use: "sig" };
  let issuer = "";
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", issuer).pathname;
    const json = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (path === "/.well-known/openid-configuration") {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/logout`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (path === "/jwks") return json({ keys: [jwk] });
    if (path === "/token") {
      const token = await new SignJWT({ nonce: idToken.nonce() })
        .setProtectedHeader({ alg: "RS256", kid: "rogue" })
        .setIssuer(idToken.issuer ?? issuer)
        .setAudience(idToken.audience)
        .setSubject("rogue-agent")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return json({ access_token: "rogue-access-token", token_type: "Bearer", expires_in: 300, id_token: token });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
