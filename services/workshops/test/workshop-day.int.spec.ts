import { randomUUID } from "node:crypto";
import { eventTopic, parseEventBytes, type DomainEvent } from "@tetris/shared";
import { apiClient, isolatedTestEnvironment, readTopic, testKafka, testToken, type ApiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftDay, FOIX, SAINT_GIRONS, startWorkshops, type Service, type WorkshopView } from "./workshops-test-kit.js";

const env = isolatedTestEnvironment("workshop-day");
let service: Service;
let day: Awaited<ReturnType<typeof draftDay>>;
let prefecture: ApiClient;
const workshop = () => prefecture.query<WorkshopView>("workshops.get", { workshopId: day.workshopId }).then((a) => a.data);

async function workshopsEvents(count: number): Promise<DomainEvent[]> {
  const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "workshops"), count);
  return messages.map((m) => parseEventBytes(m.value));
}

beforeAll(async () => {
  service = await startWorkshops(env);
  day = await draftDay(service, env);
  prefecture = day.prefecture;
});
afterAll(async () => service?.stop());

describe("planning the day", () => {
  it("schedules date and venue, emits WorkshopScheduled, and refuses an edit made on a stale version", async () => {
    const w = await workshop();
    const scheduled = await prefecture.mutate<{ version: number }>("workshops.schedule", {
      workshopId: day.workshopId,
      expectedVersion: w.version,
      date: "2026-03-20",
      venue: "Préfecture de l'Ariège, Foix",
    });
    expect(scheduled.status).toBe(200);
    const stale = await prefecture.mutate("workshops.editSession", {
      workshopId: day.workshopId,
      expectedVersion: w.version,
      sessionId: w.sessions[0]!.sessionId,
      room: "Salle Gabriel Fauré",
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toContain("rechargez");
    const [event] = await workshopsEvents(1);
    expect(event).toMatchObject({ type: "WorkshopScheduled", caseId: day.caseId, payload: { date: "2026-03-20", venue: "Préfecture de l'Ariège, Foix" } });
  });

  it("edits, adds, drops and reorders sessions", async () => {
    let w = await workshop();
    const [first, second] = w.sessions;
    let version = (await prefecture.mutate<{ version: number }>("workshops.editSession", {
      workshopId: day.workshopId, expectedVersion: w.version, sessionId: first!.sessionId, room: "Salle 1", startsAt: "09:30", endsAt: "11:00", facilitators: ["Claire Martin"],
    })).data.version;
    const badSlot = await prefecture.mutate("workshops.editSession", { workshopId: day.workshopId, expectedVersion: version, sessionId: first!.sessionId, startsAt: "11:00", endsAt: "09:30" });
    expect(badSlot.status).toBe(400);
    expect(badSlot.error?.data.issues?.map((i) => i.path)).toEqual(["endsAt"]);
    const added = await prefecture.mutate<{ sessionId: string; version: number }>("workshops.addSession", {
      workshopId: day.workshopId, expectedVersion: version, themeCode: "donnees-cybersecurite", title: "Atelier cybersécurité des collectivités",
    });
    version = added.data.version;
    version = (await prefecture.mutate<{ version: number }>("workshops.removeSession", { workshopId: day.workshopId, expectedVersion: version, sessionId: w.sessions[3]!.sessionId })).data.version;
    w = await workshop();
    const order = [second!.sessionId, first!.sessionId, ...w.sessions.slice(2).map((s) => s.sessionId)];
    const notAll = await prefecture.mutate("workshops.reorderSessions", { workshopId: day.workshopId, expectedVersion: version, sessionIds: order.slice(1) });
    expect(notAll.status).toBe(409);
    expect((await prefecture.mutate("workshops.reorderSessions", { workshopId: day.workshopId, expectedVersion: version, sessionIds: order })).status).toBe(200);
    w = await workshop();
    expect(w.sessions.map((s) => s.sessionId)).toEqual(order);
    expect(w.sessions.find((s) => s.sessionId === first!.sessionId)).toMatchObject({ room: "Salle 1" });
    expect(w.sessions.at(-1)!.title).toBe("Atelier cybersécurité des collectivités");
  });

  it("manages participants: associated ones, registrations, attendance, and keeps e-mails from partners", async () => {
    const w = await workshop();
    const added = await prefecture.mutate<{ participantId: string }>("workshops.addParticipant", {
      workshopId: day.workshopId, expectedVersion: w.version, name: "Jeanne Dupont", organisation: "DDT de l'Ariège", actorType: "ddt", email: "jeanne.dupont@example.gouv.fr",
    });
    const id = added.data.participantId;
    expect((await prefecture.mutate("workshops.register", { workshopId: day.workshopId, participantId: id, sessionIds: [w.sessions[0]!.sessionId] })).status).toBe(200);
    expect((await prefecture.mutate("workshops.register", { workshopId: day.workshopId, participantId: id, sessionIds: ["session-inconnue"] })).status).toBe(404);
    // Two staff taking attendance at once: both writes land, neither conflicts.
    const [a, b] = await Promise.all([
      prefecture.mutate("workshops.attendance", { workshopId: day.workshopId, participantId: id, present: true }),
      prefecture.mutate("workshops.attendance", { workshopId: day.workshopId, participantId: w.participants[0]!.participantId, present: true }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const after = await workshop();
    expect(after.participants.filter((p) => p.present)).toHaveLength(2);
    expect(after.participants.find((p) => p.participantId === id)).toMatchObject({ email: "jeanne.dupont@example.gouv.fr", sessionIds: [w.sessions[0]!.sessionId] });
    const partner = apiClient(service.url, await testToken("partner", ["09"]));
    const seen = await partner.query<WorkshopView>("workshops.get", { workshopId: day.workshopId });
    expect(seen.data.participants.every((p) => p.email === null)).toBe(true);
    expect((await partner.mutate("workshops.attendance", { workshopId: day.workshopId, participantId: id, present: false })).status).toBe(403);
  });
});

describe("capturing needs live", () => {
  const needIds = [randomUUID(), randomUUID(), randomUUID()];
  const capture = (needId: string, statement: string, extra: Record<string, unknown> = {}) =>
    workshop().then((w) =>
      prefecture.mutate<{ needId: string; version: number; repeated: boolean; evidence: unknown[] }>("needs.capture", {
        workshopId: day.workshopId, needId, sessionId: w.sessions[0]!.sessionId, statement, themeCode: "tiers-lieux", urgency: 4, impact: 5, ...extra,
      }),
    );

  it("stores a need with its territories and questionnaire evidence, and a repeated capture once", async () => {
    const first = await capture(needIds[0]!, "Créer un tiers-lieu avec coworking à Saint-Girons", {
      territories: [{ kind: "commune", code: SAINT_GIRONS.code }],
      evidence: [{ responseId: day.responseId, questionId: "tiers-lieu-detail" }],
    });
    expect(first.status).toBe(200);
    expect(first.data.repeated).toBe(false);
    expect(first.data.evidence).toEqual([expect.objectContaining({ organisation: "CC Couserans-Pyrénées", questionId: "tiers-lieu-detail" })]);
    const again = await capture(needIds[0]!, "Créer un tiers-lieu avec coworking à Saint-Girons");
    expect(again.data).toMatchObject({ needId: needIds[0], repeated: true, version: 1 });
    await capture(needIds[1]!, "Besoin d'un espace de travail partagé et d'un tiers-lieu en centre-bourg", { territories: [{ kind: "commune", code: FOIX.code }] });
    await capture(needIds[2]!, "Former les secrétaires de mairie aux démarches en ligne", { themeCode: "demarches-en-ligne", urgency: 2, impact: 3 });
    const list = await prefecture.query<unknown[]>("needs.list", { workshopId: day.workshopId });
    expect(list.data).toHaveLength(3);
  });

  it("refuses bad input with the field at fault", async () => {
    const outside = await capture(randomUUID(), "Un besoin hors du département", { territories: [{ kind: "commune", code: "75056" }] });
    expect(outside.status).toBe(400);
    expect(outside.error?.data.issues?.map((i) => i.path)).toEqual(["territories.0.code"]);
    const wrongUrgency = await capture(randomUUID(), "Urgence impossible", { urgency: 9 });
    expect(wrongUrgency.error?.data.issues?.map((i) => i.path)).toEqual(["urgency"]);
    const notUuid = await capture("pas-un-uuid", "Identifiant client invalide");
    expect(notUuid.status).toBe(400);
  });

  it("refuses the second of two concurrent edits of the same need, never overwriting the first", async () => {
    const base = { needId: needIds[2], sessionId: (await workshop()).sessions[0]!.sessionId, themeCode: "demarches-en-ligne", urgency: 2, impact: 3 };
    const results = await Promise.all([
      prefecture.mutate("needs.edit", { ...base, expectedVersion: 1, statement: "Former les secrétaires de mairie (version A)" }),
      prefecture.mutate("needs.edit", { ...base, expectedVersion: 1, statement: "Former les secrétaires de mairie (version B)" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.data as { statement: string };
    const stored = (await prefecture.query<{ needId: string; statement: string; version: number }[]>("needs.list", { workshopId: day.workshopId })).data.find((n) => n.needId === needIds[2]);
    expect(stored).toMatchObject({ statement: winner.statement, version: 2 });
  });

  it("answers another département's edit of a need as it answers an unknown need, and changes nothing", async () => {
    const meuse = apiClient(service.url, await testToken("prefecture", ["55"]));
    const edit = { sessionId: (await workshop()).sessions[0]!.sessionId, themeCode: "demarches-en-ligne", urgency: 2, impact: 3, expectedVersion: 2, statement: "Réécrit par un autre département" };
    const foreign = await meuse.mutate("needs.edit", { ...edit, needId: needIds[2] });
    expect(foreign).toMatchObject({ status: 404, data: undefined });
    expect(foreign.error).toEqual((await meuse.mutate("needs.edit", { ...edit, needId: randomUUID() })).error);
    const stored = (await prefecture.query<{ needId: string; statement: string; version: number }[]>("needs.list", { workshopId: day.workshopId })).data.find((n) => n.needId === needIds[2]);
    expect(stored).toMatchObject({ version: 2 });
    expect(stored?.statement).not.toBe(edit.statement);
  });

  it("emits NeedCaptured once per need", async () => {
    const events = await workshopsEvents(4);
    const captured = events.filter((e) => e.type === "NeedCaptured");
    expect(captured.map((e) => e.type === "NeedCaptured" && e.payload.need.needId).sort()).toEqual([...needIds].sort());
  });

  it("suggests grouping the similar needs, and groups nothing by itself", async () => {
    const suggestions = await prefecture.query<{ needIds: string[] }[]>("needs.suggestGroupings", { workshopId: day.workshopId });
    expect(suggestions.status).toBe(200);
    expect(suggestions.data[0]?.needIds.sort()).toEqual([needIds[0]!, needIds[1]!].sort());
    expect((await prefecture.query<unknown[]>("candidates.list", { workshopId: day.workshopId })).data).toEqual([]);
  });

  describe("candidate projects, votes and completion", () => {
    let candidateId: string;
    let otherId: string;

    it("groups needs into candidate projects", async () => {
      const created = await prefecture.mutate<{ candidateId: string }>("candidates.create", {
        workshopId: day.workshopId, title: "Tiers-lieu du Couserans", kind: "tiers-lieu", leadOrganisation: "CC Couserans-Pyrénées", maturity: "esquisse",
        territories: [{ kind: "commune", code: SAINT_GIRONS.code }], budgetRange: { minEuros: 150000, maxEuros: 300000 }, needIds: [needIds[0], needIds[1]],
      });
      expect(created.status).toBe(200);
      candidateId = created.data.candidateId;
      otherId = (await prefecture.mutate<{ candidateId: string }>("candidates.create", {
        workshopId: day.workshopId, title: "Formation des secrétaires de mairie", kind: "numerique", leadOrganisation: "Centre de gestion de l'Ariège", maturity: "idee", needIds: [needIds[2]],
      })).data.candidateId;
      const unknownNeed = await prefecture.mutate("candidates.create", { workshopId: day.workshopId, title: "Projet fantôme", kind: "numerique", leadOrganisation: "X", maturity: "idee", needIds: [randomUUID()] });
      expect(unknownNeed.error?.data.issues?.map((i) => i.path)).toEqual(["needIds.0"]);
      // Needs already in a candidate are not suggested again.
      expect((await prefecture.query<unknown[]>("needs.suggestGroupings", { workshopId: day.workshopId })).data).toEqual([]);
    });

    it("answers another département's edit of a candidate as it answers an unknown one, and changes nothing", async () => {
      const meuse = apiClient(service.url, await testToken("prefecture", ["55"]));
      const edit = { expectedVersion: 1, title: "Réécrit par un autre département", kind: "numerique", leadOrganisation: "X", maturity: "idee" };
      const foreign = await meuse.mutate("candidates.edit", { ...edit, candidateId });
      expect(foreign).toMatchObject({ status: 404, data: undefined });
      expect(foreign.error).toEqual((await meuse.mutate("candidates.edit", { ...edit, candidateId: "fiche-inconnue" })).error);
      const stored = (await prefecture.query<{ candidateId: string; title: string; version: number }[]>("candidates.list", { workshopId: day.workshopId })).data;
      expect(stored.find((c) => c.candidateId === candidateId)).toMatchObject({ title: "Tiers-lieu du Couserans", version: 1 });
    });

    it("lets each participant spend a fixed number of votes, and shows the totals", async () => {
      const participants = (await workshop()).participants;
      const vote = (participantId: string, allocations: Record<string, number>) =>
        prefecture.mutate<{ remaining: number }>("candidates.vote", { workshopId: day.workshopId, participantId, allocations });
      expect((await vote(participants[0]!.participantId, { [candidateId]: 2, [otherId]: 1 })).data.remaining).toBe(0);
      const tooMany = await vote(participants[1]!.participantId, { [candidateId]: 4 });
      expect(tooMany.status).toBe(409);
      expect(tooMany.error?.message).toContain("3 voix");
      expect((await vote(participants[1]!.participantId, { [candidateId]: 3 })).status).toBe(200);
      // Voting again replaces the participant's dots.
      expect((await vote(participants[1]!.participantId, { [candidateId]: 1 })).data.remaining).toBe(2);
      expect((await vote(participants[1]!.participantId, { inconnu: 1 })).status).toBe(409);
      const list = await prefecture.query<{ candidateId: string; votes: number }[]>("candidates.list", { workshopId: day.workshopId });
      expect(list.data.map((c) => [c.candidateId, c.votes])).toEqual([[candidateId, 3], [otherId, 1]]);
    });

    it("completes the day: candidates with their needs, evidence and votes, then WorkshopCompleted; then freezes it", async () => {
      const w = await workshop();
      const completed = await prefecture.mutate("workshops.complete", { workshopId: day.workshopId, expectedVersion: w.version });
      expect(completed.status).toBe(200);
      const events = await workshopsEvents(7);
      const proposals = events.filter((e) => e.type === "CandidateProjectProposed");
      expect(proposals).toHaveLength(2);
      const tiersLieu = proposals.find((e) => e.type === "CandidateProjectProposed" && e.payload.candidateId === candidateId);
      if (tiersLieu?.type !== "CandidateProjectProposed") throw new Error("missing proposal");
      expect(tiersLieu.payload).toMatchObject({ votes: 3, budgetRange: { minEuros: 150000, maxEuros: 300000 }, territories: [SAINT_GIRONS] });
      expect(tiersLieu.payload.needs.map((n) => n.needId).sort()).toEqual([needIds[0], needIds[1]].sort());
      expect(tiersLieu.payload.needs.find((n) => n.needId === needIds[0])!.evidence[0]).toMatchObject({ organisation: "CC Couserans-Pyrénées" });
      const done = events.find((e) => e.type === "WorkshopCompleted");
      expect(done).toMatchObject({ payload: { needCount: 3, attendance: { present: 2, registered: 1 } } });
      expect(events.findIndex((e) => e.type === "WorkshopCompleted")).toBeGreaterThan(events.findIndex((e) => e.type === "CandidateProjectProposed"));

      const after = await workshop();
      expect((await prefecture.mutate("workshops.complete", { workshopId: day.workshopId, expectedVersion: after.version })).status).toBe(409);
      const late = await capture(randomUUID(), "Un besoin après la clôture");
      expect(late.status).toBe(409);
      expect((await prefecture.mutate("candidates.vote", { workshopId: day.workshopId, participantId: after.participants[0]!.participantId, allocations: {} })).status).toBe(409);
    });

    it("gives the day's report as a printable page and a PDF, to the département only", async () => {
      const headers = { authorization: `Bearer ${await testToken("prefecture", ["09"])}` };
      const html = await fetch(`${service.url}/reports/workshops/${day.workshopId}.html`, { headers });
      expect(html.status).toBe(200);
      expect(html.headers.get("content-type")).toContain("text/html");
      const page = await html.text();
      expect(page).toContain("Ariège");
      expect(page).toContain("Tiers-lieu du Couserans");
      expect(page).toContain("Créer un tiers-lieu avec coworking à Saint-Girons");
      expect(page.indexOf("Tiers-lieu du Couserans")).toBeLessThan(page.indexOf("Formation des secrétaires de mairie"));
      const pdf = await fetch(`${service.url}/reports/workshops/${day.workshopId}.pdf`, { headers });
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
      const meuse = { authorization: `Bearer ${await testToken("prefecture", ["55"])}` };
      const foreign = await fetch(`${service.url}/reports/workshops/${day.workshopId}.pdf`, { headers: meuse });
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual(await (await fetch(`${service.url}/reports/workshops/atelier-inconnu.pdf`, { headers: meuse })).json());
      expect((await fetch(`${service.url}/reports/workshops/${day.workshopId}.docx`, { headers })).status).toBe(404);
    });
  });
});
