import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { apiClient, CookieJar, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSubs, signedInJar, toCallback } from "./http-sign-in.js";
import { startDevProvider } from "./oidc-process.js";
import { startRogueProvider } from "./rogue-provider.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";
import { shortTemplate } from "./short-template.js";
import { freePort } from "./free-port.js";
import { startWebGateway } from "./web-process.js";

const env = isolatedTestEnvironment("sign-in-security");
const started: { stop: () => unknown }[] = [];
let services: Record<"questionnaire" | "workshops" | "projects", ServiceProcess>;
let access: ServiceProcess;
let web: { url: string };
let anct: { questionnaire: ReturnType<typeof apiClient>; access: ReturnType<typeof apiClient> };

/** A gateway (and, unless given, a local provider registered for it) in front of the test's services. */
async function gatewayWith(options: { accessUrl: string; issuer?: string; env?: Record<string, string> }) {
  const port = await freePort();
  const provider = options.issuer ? null : await startDevProvider(port);
  if (provider) started.push(provider);
  const urls = { questionnaire: services.questionnaire.url, workshops: services.workshops.url, projects: services.projects.url };
  const gateway = await startWebGateway(urls, { WEB_PORT: String(port), ACCESS_URL: options.accessUrl, OIDC_ISSUER: options.issuer ?? provider!.issuer, ...options.env });
  started.push(gateway);
  return gateway;
}

const signIns = async () =>
  (await anct.access.query<{ entries: { type: string }[] }>("journal.list", { limit: 200 })).data.entries.filter((e) => e.type === "AgentSignedIn").length;
const campaignCount = async () => (await anct.questionnaire.query<unknown[]>("campaigns.list")).data.length;
const hasSession = (jar: CookieJar) => /(^|; )tetris_session=/.test(jar.header());

beforeAll(async () => {
  const list: ServiceProcess[] = [];
  for (const name of ["questionnaire", "workshops", "projects", "access"] as const) {
    list.push(await startServiceProcess(name, env.env(name)));
    started.push(list.at(-1)!);
  }
  const [questionnaire, workshops, projects] = list;
  services = { questionnaire: questionnaire!, workshops: workshops!, projects: projects! };
  access = list[3]!;
  web = await gatewayWith({ accessUrl: access.url });
  const token = await testToken("anct");
  anct = { questionnaire: apiClient(services.questionnaire.url, token), access: apiClient(access.url, token) };
  expect((await anct.access.mutate("habilitations.grant", { holder: { kind: "siret", siret: "17559999000009" }, role: "prefecture", departments: ["55"] })).status).toBe(200);
  expect((await anct.questionnaire.mutate("templates.saveDraft", shortTemplate)).status).toBe(200);
  expect((await anct.questionnaire.mutate("templates.publish", { templateId: shortTemplate.templateId, version: 1 })).status).toBe(200);
}, 180_000);

afterAll(async () => {
  for (const s of started.reverse()) await s.stop();
});

describe("the sign-in refuses what does not verify, and opens no session", () => {
  it("a tampered state", async () => {
    const before = await signIns();
    const { jar, callback } = await toCallback(web.url, demoSubs.meuse);
    callback.searchParams.set("state", `${callback.searchParams.get("state")!.slice(0, -4)}AAAA`);
    const back = await jar.fetch(callback);
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe("/connexion?erreur=refusee");
    expect(hasSession(jar)).toBe(false);
    expect(await signIns()).toBe(before);
  });

  it("a callback without the browser's sign-in cookie (another browser, or an expired attempt)", async () => {
    const { callback } = await toCallback(web.url, demoSubs.meuse);
    const stranger = new CookieJar();
    const back = await stranger.fetch(callback);
    expect(back.headers.get("location")).toBe("/connexion?erreur=expiree");
    expect(hasSession(stranger)).toBe(false);
  });

  it("a replayed code", async () => {
    const { jar, callback } = await toCallback(web.url, demoSubs.meuse);
    const cookiesBefore = jar.header();
    expect((await jar.fetch(callback)).headers.get("location")).toBe("/");
    const after = await signIns();
    // The same callback again, with the sign-in cookie it came with: the provider refuses the used code.
    const replay = await fetch(callback, { headers: { cookie: cookiesBefore }, redirect: "manual" });
    expect(replay.headers.get("location")).toBe("/connexion?erreur=refusee");
    expect(replay.headers.getSetCookie().some((c) => /^tetris_session=[^;]+/.test(c))).toBe(false);
    expect(await signIns()).toBe(after);
  });

  it("an ID token for another nonce", async () => {
    const before = await signIns();
    const { jar, callback } = await toCallback(web.url, demoSubs.meuse, (authorization) => {
      authorization.searchParams.set("nonce", "n".repeat(43));
      return authorization;
    });
    expect((await jar.fetch(callback)).headers.get("location")).toBe("/connexion?erreur=refusee");
    expect(hasSession(jar)).toBe(false);
    expect(await signIns()).toBe(before);
  });

  for (const wrong of ["issuer", "audience"] as const) {
    it(`an ID token from another ${wrong}`, async () => {
      let nonce = "";
      const rogue = await startRogueProvider({ issuer: wrong === "issuer" ? "http://127.0.0.1:1/autre-fournisseur" : undefined, audience: wrong === "audience" ? "une-autre-application" : "tetris-web", nonce: () => nonce });
      started.push(rogue);
      const gateway = await gatewayWith({ accessUrl: access.url, issuer: rogue.issuer });
      const before = await signIns();
      const jar = new CookieJar();
      const start = await jar.fetch(`${gateway.url}/auth/connexion`);
      const authorization = new URL(start.headers.get("location")!);
      nonce = authorization.searchParams.get("nonce")!;
      const back = await jar.fetch(`${gateway.url}/auth/callback?code=rogue-code&state=${authorization.searchParams.get("state")}`);
      expect(back.headers.get("location")).toBe("/connexion?erreur=refusee");
      expect(hasSession(jar)).toBe(false);
      expect(await signIns()).toBe(before);
    });
  }
});

describe("a session", () => {
  it("lends the cookie nothing on a mutation without the CSRF token, refuses one with another token, and writes nothing", async () => {
    const { jar, csrfToken } = await signedInJar(web.url, demoSubs.meuse);
    const open = (headers: Record<string, string>) =>
      jar.fetch(`${web.url}/api/questionnaire/trpc/campaigns.open`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({
          departmentCode: "55",
          edition: 2027,
          title: "Campagne ouverte par une session",
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          templateId: shortTemplate.templateId,
          invitations: [{ organisation: "Conseil départemental de la Meuse", actorType: "conseil-departemental" }],
        }),
      });
    const before = await campaignCount();
    // Without any token (another site's form): relayed as anyone's, so the service asks who it is.
    expect((await open({})).status).toBe(401);
    // With another token (a page of an earlier session): refused by the gateway, which says to reload.
    const refused = await open({ "x-csrf-token": "pas-le-bon-jeton-pas-le-bon-jeton-pas-le-bon" });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/jeton de sécurité/);
    expect(await campaignCount()).toBe(before);
    // The same call with the session's token: through, as the Meuse préfecture.
    const accepted = await open({ "x-csrf-token": csrfToken });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    expect(await campaignCount()).toBe(before + 1);
    // Reading needs no token: a link or a reload reads as the agent.
    expect((await jar.fetch(`${web.url}/api/questionnaire/trpc/campaigns.list`)).status).toBe(200);
  });

  it("ends after its idle time: the cookie no longer reads anything", async () => {
    const shortAccess = await startServiceProcess("access", env.env("access", { DB_NAME: env.dbName("access_short"), SESSION_IDLE_SECONDS: "2" }));
    started.push(shortAccess);
    await apiClient(shortAccess.url, await testToken("anct")).mutate("habilitations.grant", { holder: { kind: "siret", siret: "17559999000009" }, role: "prefecture", departments: ["55"] });
    const gateway = await gatewayWith({ accessUrl: shortAccess.url });
    const { jar } = await signedInJar(gateway.url, demoSubs.meuse);
    expect((await jar.fetch(`${gateway.url}/api/questionnaire/trpc/campaigns.list`)).status).toBe(200);
    const cookie = jar.header();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The old cookie, kept by a browser or stolen: the service sees nobody, and the cookie is cleared.
    const stale = await fetch(`${gateway.url}/api/questionnaire/trpc/campaigns.list`, { headers: { cookie } });
    expect(stale.status).toBe(401);
    expect(stale.headers.getSetCookie().some((c) => /^tetris_session=;.*Max-Age=0/.test(c))).toBe(true);
    const session = (await (await jar.fetch(`${gateway.url}/auth/session`)).json()) as { signedIn: boolean };
    expect(session.signedIn).toBe(false);
  });

  it("never reaches a service: it sees the token the gateway minted, or the caller's own, and no cookie", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const standIn = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ result: { data: [] } }));
    });
    await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
    started.push({ stop: () => standIn.close() });
    const gateway = await gatewayWith({ accessUrl: access.url, env: { QUESTIONNAIRE_URL: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}` } });
    const { jar, csrfToken } = await signedInJar(gateway.url, demoSubs.meuse);
    const list = `${gateway.url}/api/questionnaire/trpc/campaigns.list`;
    await jar.fetch(list);
    await jar.fetch(list, { method: "POST", headers: { "x-csrf-token": csrfToken } });
    await jar.fetch(list, { method: "POST" });
    await jar.fetch(list, { headers: { authorization: "Bearer jeton-du-client" } });
    expect(seen.map((h) => h.cookie)).toEqual([undefined, undefined, undefined, undefined]);
    expect(seen.map((h) => h.authorization?.split(" ")[0])).toEqual(["Bearer", "Bearer", undefined, "Bearer"]);
    expect(seen[3]!.authorization).toBe("Bearer jeton-du-client");
  });

  it("is never relayed to the access service's internal routes", async () => {
    const { jar } = await signedInJar(web.url, demoSubs.meuse);
    const answer = await jar.fetch(`${web.url}/api/access/internal/sessions/resolve`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(answer.status).toBe(404);
  });
});
