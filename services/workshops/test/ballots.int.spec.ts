import { apiClient, isolatedTestEnvironment, testToken, type ApiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftDay, startWorkshops, type Service } from "./workshops-test-kit.js";

type Ballot = { participantId: string; allocations: Record<string, number>; remaining: number };

const env = isolatedTestEnvironment("ballots");
let service: Service;
let prefecture: ApiClient;
let workshopId: string;
let participantIds: [string, string];
let tiersLieu: string;
let formation: string;

const ballots = (client = prefecture) => client.query<Ballot[]>("candidates.ballots", { workshopId });
const vote = (participantId: string, allocations: Record<string, number>) =>
  prefecture.mutate<Ballot>("candidates.vote", { workshopId, participantId, allocations });

beforeAll(async () => {
  service = await startWorkshops(env);
  const day = await draftDay(service, env);
  prefecture = day.prefecture;
  workshopId = day.workshopId;
  const [first, second] = day.workshop.participants;
  participantIds = [first!.participantId, second!.participantId];
  const create = async (title: string) => {
    const created = await prefecture.mutate<{ candidateId: string }>("candidates.create", {
      workshopId, title, kind: "numerique", leadOrganisation: "Préfecture de l'Ariège", maturity: "idee",
    });
    expect(created.status, JSON.stringify(created.error)).toBe(200);
    return created.data.candidateId;
  };
  tiersLieu = await create("Tiers-lieu du Couserans");
  formation = await create("Formation des secrétaires de mairie");
});
afterAll(async () => service?.stop());

describe("the ballots recorded at a workshop", () => {
  it("are none before anyone votes", async () => {
    const answer = await ballots();
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual([]);
  });

  it("come back as recorded, in the order of the day's participants, with the dots each has left", async () => {
    const [first, second] = participantIds;
    expect((await vote(second, { [tiersLieu]: 1, [formation]: 0 })).status).toBe(200);
    expect((await vote(first, { [tiersLieu]: 2, [formation]: 1 })).status).toBe(200);
    expect((await ballots()).data).toEqual([
      { participantId: first, allocations: { [tiersLieu]: 2, [formation]: 1 }, remaining: 0 },
      { participantId: second, allocations: { [tiersLieu]: 1 }, remaining: 2 },
    ]);
  });

  it("give a participant's new votes in place of their old ones, and drop a withdrawn ballot", async () => {
    const [first, second] = participantIds;
    expect((await vote(first, { [formation]: 3 })).status).toBe(200);
    expect((await vote(second, {})).status).toBe(200);
    expect((await ballots()).data).toEqual([{ participantId: first, allocations: { [formation]: 3 }, remaining: 0 }]);
    // The totals of the candidates are those of the ballots given back.
    const list = await prefecture.query<{ candidateId: string; votes: number }[]>("candidates.list", { workshopId });
    expect(list.data.map((c) => [c.candidateId, c.votes])).toEqual([[formation, 3], [tiersLieu, 0]]);
  });

  it("are read by ANCT and the département's partners, and refused to another département, which learns nothing", async () => {
    const [first] = participantIds;
    const anct = apiClient(service.url, await testToken("anct"));
    expect((await ballots(anct)).data).toEqual([expect.objectContaining({ participantId: first })]);
    const partner = apiClient(service.url, await testToken("partner", ["09"]));
    expect((await ballots(partner)).data).toHaveLength(1);
    for (const role of ["prefecture", "partner"] as const) {
      const meuseClient = apiClient(service.url, await testToken(role, ["55"]));
      const meuse = await ballots(meuseClient);
      expect(meuse.status).toBe(404);
      expect(meuse.data).toBeUndefined();
      expect(meuse.error).toEqual((await meuseClient.query("candidates.ballots", { workshopId: "atelier-inconnu" })).error);
      expect(JSON.stringify(meuse.error)).not.toContain(first);
      expect(JSON.stringify(meuse.error)).not.toContain(formation);
    }
    expect((await apiClient(service.url).query("candidates.ballots", { workshopId })).status).toBe(401);
    expect((await prefecture.query("candidates.ballots", { workshopId: "atelier-inconnu" })).status).toBe(404);
  });
});
