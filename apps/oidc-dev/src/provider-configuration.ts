import { randomBytes } from "node:crypto";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";
import type { JWK } from "jose";
import type { DevProviderConfig } from "./config.js";
import { demoAgentBySub } from "./demo-agents.js";
import { errorPage, loggedOutPage, logoutPage } from "./pages.js";

/** ProConnect's scopes that Tétris asks for, each giving the claim of the same name. */
export const proConnectScopes = ["openid", "email", "given_name", "usual_name", "siret", "uid", "idp_id"] as const;

// ProConnect keeps a session 12 hours.
const SESSION_SECONDS = 12 * 60 * 60;

/** The oidc-provider settings that make it answer like ProConnect for the one Tétris client. */
export function providerConfiguration(config: DevProviderConfig, jwks: { keys: JWK[] }): Configuration {
  return {
    clients: [
      {
        client_id: config.OIDC_DEV_CLIENT_ID,
        client_secret: config.OIDC_DEV_CLIENT_SECRET,
        client_name: "Tétris",
        redirect_uris: config.OIDC_DEV_REDIRECT_URIS,
        post_logout_redirect_uris: config.OIDC_DEV_POST_LOGOUT_REDIRECT_URIS,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    // oidc-provider expects JWKs of its own type; jose's are the same JSON.
    jwks: jwks as Configuration["jwks"],
    // Only this process reads them, and sessions do not outlive it (in-memory storage).
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    // Like ProConnect's, the ID token says how the agent authenticated (acr, amr) without being asked.
    claims: Object.fromEntries(proConnectScopes.map((scope) => [scope, scope === "openid" ? ["sub", "acr", "amr", "auth_time"] : [scope]])),
    scopes: [...proConnectScopes],
    acrValues: ["eidas1"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          // oidc-provider has already refused an id_token_hint that does not verify.
          ctx.body = logoutPage(form, Boolean(ctx.oidc.params?.id_token_hint));
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage();
        },
      },
    },
    ttl: {
      Session: SESSION_SECONDS,
      Grant: SESSION_SECONDS,
      Interaction: 60 * 60,
      AuthorizationCode: 60,
      AccessToken: 60 * 60,
      IdToken: 60 * 60,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const agent = demoAgentBySub(sub);
      if (!agent) return undefined;
      const { organisation: _shownOnly, ...claims } = agent;
      return { accountId: sub, claims: () => claims };
    },
    loadExistingGrant: grantEverythingAsked,
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(String(out.error), out.error_description ? String(out.error_description) : undefined);
    },
  };
}

/**
 * Tétris is the provider's only client and first-party: consent is implicit, as with ProConnect,
 * so the grant always covers what the request asks and no consent screen ever shows.
 */
async function grantEverythingAsked(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const grant = (existing ? await provider.Grant.find(existing) : undefined) ?? new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(" "));
  grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  await grant.save();
  return grant;
}
