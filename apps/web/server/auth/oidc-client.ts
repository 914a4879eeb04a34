import * as client from "openid-client";
import type { GatewayConfig } from "./gateway-config.js";

/**
 * The provider's configuration, read from its discovery document at the first sign-in rather
 * than at start: the gateway serves the respondents' pages even while the provider is down,
 * and a failed discovery is tried again at the next sign-in.
 */
export function oidcProvider({ oidc }: GatewayConfig) {
  let discovered: Promise<client.Configuration> | null = null;
  return function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        oidc.issuer,
        oidc.clientId,
        // ProConnect signs the ID token and answers userinfo as a JWT, both RS256.
        { client_secret: oidc.clientSecret, id_token_signed_response_alg: "RS256", userinfo_signed_response_alg: "RS256" },
        client.ClientSecretPost(oidc.clientSecret),
        {
          // enableNonRepudiationChecks: openid-client verifies the userinfo JWT's signature only
          // when asked. Plain http is allowed for a local provider on this machine only.
          execute: [client.enableNonRepudiationChecks, ...(isLoopback(oidc.issuer) ? [client.allowInsecureRequests] : [])],
          timeout: 10,
        },
      )
      .catch((err: unknown) => {
        discovered = null;
        throw err;
      });
    return discovered;
  };
}
export type OidcProvider = ReturnType<typeof oidcProvider>;

function isLoopback(url: URL): boolean {
  return url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]");
}
