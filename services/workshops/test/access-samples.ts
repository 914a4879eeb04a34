import { randomUUID } from "node:crypto";
import { apiClient, testToken, type SampleTable } from "@tetris/shared/testing";
import { draftDay, SAINT_GIRONS, type Env, type Service, type WorkshopView } from "./workshops-test-kit.js";

const NEED_STATEMENT = "Besoin confidentiel : réseau de conseillers numériques du Couserans";
const CANDIDATE_TITLE = "Fiche confidentielle : maison France services itinérante";

/**
 * Département A (Ariège, 09) with something behind every procedure: a draft workshop day with
 * its sessions and participants, one extra session to remove, a need and a candidate project.
 */
export async function ariegeDay(service: Service, env: Env) {
  const day = await draftDay(service, env);
  const anct = apiClient(service.url, await testToken("anct"));
  const workshop = async () => (await anct.query<WorkshopView>("workshops.get", { workshopId: day.workshopId })).data;
  const w = await workshop();
  const added = await anct.mutate<{ sessionId: string }>("workshops.addSession", { workshopId: day.workshopId, expectedVersion: w.version, themeCode: "e-sante", title: "Session à retirer" });
  const needId = randomUUID();
  const captured = await anct.mutate("needs.capture", {
    workshopId: day.workshopId, needId, sessionId: w.sessions[0]!.sessionId, statement: NEED_STATEMENT, themeCode: "tiers-lieux", urgency: 4, impact: 5,
    territories: [{ kind: "commune", code: SAINT_GIRONS.code }],
  });
  const candidate = await anct.mutate<{ candidateId: string }>("candidates.create", {
    workshopId: day.workshopId, title: CANDIDATE_TITLE, kind: "tiers-lieu", leadOrganisation: "CC Couserans-Pyrénées", maturity: "esquisse", needIds: [needId],
  });
  for (const answer of [added, captured, candidate]) if (answer.status !== 200) throw new Error(`setting up the day: ${answer.status} ${answer.error?.message}`);
  const current = await workshop();
  return {
    workshopId: day.workshopId,
    caseId: day.caseId,
    sessionId: current.sessions[0]!.sessionId,
    extraSessionId: added.data.sessionId,
    participantId: current.participants[0]!.participantId,
    needId,
    candidateId: candidate.data.candidateId,
    workshop,
    needVersion: async () => (await anct.query<{ needId: string; version: number }[]>("needs.list", { workshopId: day.workshopId })).data.find((n) => n.needId === needId)!.version,
    candidateVersion: async () =>
      (await anct.query<{ candidateId: string; version: number }[]>("candidates.list", { workshopId: day.workshopId })).data.find((c) => c.candidateId === candidate.data.candidateId)!.version,
    /** What a caller of another département must never read. */
    secrets: [NEED_STATEMENT, CANDIDATE_TITLE, day.workshopId, day.caseId, day.responseId, "CC Couserans-Pyrénées", "Mairie de Foix", ...current.participants.map((p) => p.participantId)],
  };
}
export type AriegeDay = Awaited<ReturnType<typeof ariegeDay>>;

const versioned = async (a: AriegeDay) => ({ workshopId: a.workshopId, expectedVersion: (await a.workshop()).version });
const need = (a: AriegeDay) => ({ sessionId: a.sessionId, statement: "Un besoin reformulé pendant l'atelier", themeCode: "tiers-lieux", urgency: 3, impact: 3 });
const candidate = { title: "Fiche reformulée", kind: "tiers-lieu", leadOrganisation: "Mairie de Foix", maturity: "idee" };

/**
 * One valid input per procedure, in the order the allowed callers run them: scheduling before
 * the votes it enables, removing the extra session before reordering, completing the day last.
 */
export const workshopsSamples: SampleTable<AriegeDay> = {
  "workshops.byCase": (a) => ({ input: { caseId: a.caseId } }),
  "workshops.get": (a) => ({ input: { workshopId: a.workshopId } }),
  "workshops.schedule": async (a) => ({ input: { ...(await versioned(a)), date: "2026-10-15", venue: "Préfecture de Foix", votesPerParticipant: 3 } }),
  "workshops.editSession": async (a) => ({ input: { ...(await versioned(a)), sessionId: a.sessionId, room: "Salle des fêtes" } }),
  "workshops.addSession": async (a) => ({ input: { ...(await versioned(a)), themeCode: "e-education", title: "Session ajoutée" } }),
  "workshops.removeSession": async (a) => ({ input: { ...(await versioned(a)), sessionId: a.extraSessionId } }),
  "workshops.reorderSessions": async (a) => {
    const w = await a.workshop();
    return { input: { workshopId: a.workshopId, expectedVersion: w.version, sessionIds: w.sessions.map((s) => s.sessionId).reverse() } };
  },
  "workshops.addParticipant": async (a) => ({ input: { ...(await versioned(a)), name: "Camille Martin", organisation: "Médiathèque de Pamiers", actorType: "autre", email: null } }),
  "workshops.register": (a) => ({ input: { workshopId: a.workshopId, participantId: a.participantId, sessionIds: [a.sessionId] } }),
  "workshops.attendance": (a) => ({ input: { workshopId: a.workshopId, participantId: a.participantId, present: true } }),
  "needs.capture": (a) => ({ input: { workshopId: a.workshopId, needId: "6f1c1f0e-1d7a-4e8e-9a59-1c2b3d4e5f60", ...need(a) } }),
  "needs.edit": async (a) => ({ input: { needId: a.needId, expectedVersion: await a.needVersion(), ...need(a) } }),
  "needs.list": (a) => ({ input: { workshopId: a.workshopId } }),
  "needs.suggestGroupings": (a) => ({ input: { workshopId: a.workshopId } }),
  "candidates.create": (a) => ({ input: { workshopId: a.workshopId, ...candidate } }),
  "candidates.edit": async (a) => ({ input: { candidateId: a.candidateId, expectedVersion: await a.candidateVersion(), ...candidate } }),
  "candidates.list": (a) => ({ input: { workshopId: a.workshopId } }),
  "candidates.ballots": (a) => ({ input: { workshopId: a.workshopId } }),
  "candidates.vote": (a) => ({ input: { workshopId: a.workshopId, participantId: a.participantId, allocations: { [a.candidateId]: 1 } } }),
  "workshops.complete": async (a) => ({ input: await versioned(a) }),
};
