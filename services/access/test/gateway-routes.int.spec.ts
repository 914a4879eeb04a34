import { apiClient, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateway, internalPost, startAccess, testClock, type Service } from "./access-test-kit.js";

const env = isolatedTestEnvironment("gateway-routes");
let service: Service;

beforeAll(async () => {
  service = await startAccess(env, testClock(), { RATE_LIMIT_PER_MINUTE: "3" });
});
afterAll(async () => {
  await service?.stop();
});

describe("the gateway's routes", () => {
  it("are not held to the rate limit, which counts people (the gateway resolves a session at each of their requests)", async () => {
    const agent = gateway(service.url);
    const { sessionId } = (await agent.open()).body as { sessionId: string };
    for (let i = 0; i < 6; i++) expect((await agent.resolve(sessionId)).status).toBe(200);
    const staff = apiClient(service.url, await testToken("anct"));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await staff.query("habilitations.list")).status);
    expect(statuses).toContain(429);
  });

  it("check the credential before anything, then answer an unknown path with a 404 in French", async () => {
    const response = await fetch(`${service.url}/internal/sessions/inconnue`, { method: "POST" });
    expect(response.status).toBe(401);
    const answer = await internalPost(service.url, "sessions/inconnue", {});
    expect(answer.status).toBe(404);
    expect(answer.body.error.message).toBe("Chemin inconnu : POST /sessions/inconnue");
  });
});
