import { createLogger, loadConfig } from "@tetris/shared";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devProviderConfigSchema } from "../src/config.js";
import { demoAgents } from "../src/demo-agents.js";
import { startDevProvider, type RunningDevProvider } from "../src/dev-provider.js";
import { CookieJar } from "@tetris/shared/testing";

// The gateway's defaults, which the provider registers when nothing is set.
const CLIENT_ID = "tetris-web";
const CLIENT_SECRET = "tetris-web-local-development-secret-not-for-production";
const REDIRECT_URI = "http://127.0.0.1:4100/auth/callback";
const POST_LOGOUT_REDIRECT_URI = "http://127.0.0.1:4100/";
const SCOPE = "openid email given_name usual_name siret uid idp_id";
const meuseAgent = demoAgents.find((a) => a.email.endsWith("@meuse.gouv.fr") && a.organisation.startsWith("Préfecture"))!;

let provider: RunningDevProvider;
let rp: client.Configuration;

beforeAll(async () => {
  provider = await startDevProvider(loadConfig(devProviderConfigSchema, { OIDC_DEV_PORT: "0" }), createLogger("oidc-dev", "silent"));
  rp = await client.discovery(
    new URL(provider.issuer),
    CLIENT_ID,
    { client_secret: CLIENT_SECRET, id_token_signed_response_alg: "RS256", userinfo_signed_response_alg: "RS256" },
    client.ClientSecretPost(CLIENT_SECRET),
    // http on 127.0.0.1, and the signatures of the ID token and the userinfo JWT verified.
    { execute: [client.allowInsecureRequests, client.enableNonRepudiationChecks] },
  );
});

afterAll(async () => {
  await provider?.stop();
});

/** The browser's part: the authorization request, the demo-agent button, back to the gateway. */
async function signIn(jar: CookieJar, params: { state: string; nonce: string; codeChallenge: string }): Promise<URL> {
  const authorization = client.buildAuthorizationUrl(rp, {
    redirect_uri: REDIRECT_URI,
    scope: SCOPE,
    code_challenge: params.codeChallenge,
    code_challenge_method: "S256",
    state: params.state,
    nonce: params.nonce,
  });
  const toInteraction = await jar.fetch(authorization);
  expect(toInteraction.status).toBe(303);
  const interaction = new URL(toInteraction.headers.get("location")!, provider.issuer);

  const loginPage = await jar.fetch(interaction);
  const html = await loginPage.text();
  expect(html).toContain("Choisissez un compte de démonstration");
  for (const agent of demoAgents) expect(html).toContain(`value="${agent.sub}"`);

  const chosen = await jar.fetch(new URL(`${interaction.pathname}/login`, provider.issuer), {
    method: "POST",
    body: new URLSearchParams({ agent: meuseAgent.sub }),
  });
  expect(chosen.status).toBe(303);
  const resumed = await jar.fetch(new URL(chosen.headers.get("location")!, provider.issuer));
  expect(resumed.status).toBe(303);
  const callback = new URL(resumed.headers.get("location")!);
  expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
  return callback;
}

describe("the local OpenID Connect provider", () => {
  it("publishes its issuer and endpoints, ProConnect's scopes and signed userinfo", async () => {
    const metadata = rp.serverMetadata();
    expect(metadata.issuer).toBe(provider.issuer);
    for (const endpoint of ["authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri", "end_session_endpoint"] as const) {
      expect(metadata[endpoint]).toMatch(new RegExp(`^${provider.issuer}/`));
    }
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(SCOPE.split(" ")));
    expect(metadata.userinfo_signing_alg_values_supported).toContain("RS256");
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect((await fetch(`${provider.issuer}/healthz`)).status).toBe(200);
  });

  it("signs the Meuse agent in with PKCE, state and nonce, answers a signed userinfo, and signs out back to the application", async () => {
    const jar = new CookieJar();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    expect(Math.min(state.length, nonce.length)).toBeGreaterThanOrEqual(32);
    const callback = await signIn(jar, { state, nonce, codeChallenge: await client.calculatePKCECodeChallenge(codeVerifier) });

    await expect(client.authorizationCodeGrant(rp, callback, { pkceCodeVerifier: codeVerifier, expectedState: client.randomState(), expectedNonce: nonce })).rejects.toMatchObject({ cause: { message: expect.stringMatching(/"state"/) } });
    const tokens = await client.authorizationCodeGrant(rp, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
    const idToken = tokens.claims()!;
    expect(idToken).toMatchObject({ iss: provider.issuer, aud: CLIENT_ID, sub: meuseAgent.sub, nonce, acr: "eidas1", amr: ["pwd"] });

    const raw = await fetch(rp.serverMetadata().userinfo_endpoint!, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(raw.headers.get("content-type")).toMatch(/^application\/jwt/);
    const userinfo = await client.fetchUserInfo(rp, tokens.access_token, idToken.sub);
    expect(userinfo).toMatchObject({
      sub: meuseAgent.sub,
      email: "julien.marchal@meuse.gouv.fr",
      given_name: "Julien",
      usual_name: "Marchal",
      siret: meuseAgent.siret,
      uid: meuseAgent.uid,
      idp_id: meuseAgent.idp_id,
    });

    // A replayed code is refused, and what it had given is revoked (RFC 6749 §4.1.2).
    await expect(client.authorizationCodeGrant(rp, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce })).rejects.toMatchObject({ error: "invalid_grant" });
    await expect(client.fetchUserInfo(rp, tokens.access_token, idToken.sub)).rejects.toMatchObject({ status: 401 });

    const logoutState = client.randomState();
    const endSession = client.buildEndSessionUrl(rp, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI, state: logoutState });
    const logoutPage = await jar.fetch(endSession);
    const form = await logoutPage.text();
    // With a valid id_token_hint the page sends itself at once, as ProConnect does not ask.
    expect(form).toContain('type="hidden" name="logout" value="yes"');
    const action = /action="([^"]+)"/.exec(form)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)![1]!;
    const confirmed = await jar.fetch(action, { method: "POST", body: new URLSearchParams({ xsrf, logout: "yes" }) });
    expect(confirmed.status).toBe(303);
    const back = new URL(confirmed.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(POST_LOGOUT_REDIRECT_URI);
    expect(back.searchParams.get("state")).toBe(logoutState);
  });

  it("asks in French before signing out when the application is not known by an id_token_hint", async () => {
    const jar = new CookieJar();
    await signIn(jar, { state: client.randomState(), nonce: client.randomNonce(), codeChallenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()) });
    const page = await (await jar.fetch(client.buildEndSessionUrl(rp, { client_id: CLIENT_ID }))).text();
    expect(page).toContain("Voulez-vous vous déconnecter ?");
    expect(page).not.toContain('type="hidden" name="logout"');
  });

  it("refuses a state or a nonce shorter than 32 characters, as ProConnect does", async () => {
    const authorization = client.buildAuthorizationUrl(rp, {
      redirect_uri: REDIRECT_URI,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
      state: client.randomState(),
      nonce: "trop-court",
    });
    const refused = await fetch(authorization, { redirect: "manual" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("nonce doit faire au moins 32 caractères");
  });
});
