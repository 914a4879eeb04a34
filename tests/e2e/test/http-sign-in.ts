import { CookieJar } from "@tetris/shared/testing";
import { expect } from "vitest";

/** The demo agents of apps/oidc-dev, by the `sub` their button posts. */
export const demoSubs = {
  anct: "demo-anct-camille-lefevre",
  meuse: "demo-prefecture-55-julien-marchal",
  ariege: "demo-prefecture-09-helene-rouzaud",
  partnerMeuse: "demo-ddt-55-sophie-gerard",
  unknown: "demo-commune-55-marc-dubois",
} as const;

export interface SignInRoundTrip {
  jar: CookieJar;
  /** Where the provider sends the browser back: the gateway's callback with code and state. */
  callback: URL;
  /** The authorization request the gateway made, as the browser carried it to the provider. */
  authorization: URL;
}

/**
 * The browser's part of a sign-in, with plain requests: the gateway's /auth/connexion, the
 * provider's page and the agent's button, up to the redirect back to the gateway (not followed,
 * so that a test may alter it). `alter` may change the authorization request on its way.
 */
export async function toCallback(webUrl: string, sub: string, alter: (authorization: URL) => URL = (u) => u): Promise<SignInRoundTrip> {
  const jar = new CookieJar();
  const start = await jar.fetch(`${webUrl}/auth/connexion`);
  expect(start.status).toBe(303);
  const authorization = alter(new URL(start.headers.get("location")!));
  const toInteraction = await jar.fetch(authorization);
  expect(toInteraction.status, await toInteraction.clone().text()).toBe(303);
  const interaction = new URL(toInteraction.headers.get("location")!, authorization);
  await jar.fetch(interaction);
  const chosen = await jar.fetch(new URL(`${interaction.pathname}/login`, interaction), { method: "POST", body: new URLSearchParams({ agent: sub }) });
  expect(chosen.status).toBe(303);
  const resumed = await jar.fetch(new URL(chosen.headers.get("location")!, interaction));
  expect(resumed.status).toBe(303);
  return { jar, callback: new URL(resumed.headers.get("location")!), authorization };
}

/** A whole sign-in: the jar then holds the session cookie, and the session's CSRF token is read. */
export async function signedInJar(webUrl: string, sub: string): Promise<{ jar: CookieJar; csrfToken: string }> {
  const { jar, callback } = await toCallback(webUrl, sub);
  const back = await jar.fetch(callback);
  expect(back.status).toBe(303);
  expect(back.headers.get("location")).toBe("/");
  const session = (await (await jar.fetch(`${webUrl}/auth/session`)).json()) as { signedIn: boolean; csrfToken: string };
  expect(session.signedIn).toBe(true);
  return { jar, csrfToken: session.csrfToken };
}
