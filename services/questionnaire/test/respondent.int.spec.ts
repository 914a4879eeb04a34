import { DEVELOPMENT_AUTH_SECRET, eventTopic, parseEventBytes } from "@tetris/shared";
import { apiClient, readTopic, testKafka } from "@tetris/shared/testing";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { invitationLinks } from "../src/application/invitation-links.js";
import type { QuestionnaireTemplate } from "../src/domain/template/template.js";
import { fillRequired, openMeuseCampaign, publishMiniTemplate, questionnaireTestEnvironment, staff, startQuestionnaire, type InvitationLink, type Service } from "./questionnaire-test-kit.js";

const env = questionnaireTestEnvironment("respondent");
let service: Service;
let campaignId: string;
let links: InvitationLink[];

const BAR_LE_DUC = "55029";
const COTES_DE_MEUSE = "200034874";

type Opened = {
  campaign: Record<string, unknown>;
  organisation: string;
  closedReason: string | null;
  template: QuestionnaireTemplate;
  territories: { communes: { code: string }[]; epcis: { code: string }[] };
  draft: Record<string, unknown>;
  lastSubmission: { revision: number } | null;
};

beforeAll(async () => {
  service = await startQuestionnaire(env);
  await publishMiniTemplate(service);
  ({ campaignId, links } = await openMeuseCampaign(service, {
    contact: { service: "Préfecture de la Meuse — mission numérique", email: "numerique@meuse.gouv.example" },
    templateId: "mini-cadrage",
    invitations: [
      { organisation: "CC Côtes de Meuse Woëvre", actorType: "epci", territory: { kind: "epci", code: COTES_DE_MEUSE }, contactEmail: "president@example.fr" },
      { organisation: "Mairie de Bar-le-Duc", actorType: "autre", territory: { kind: "commune", code: BAR_LE_DUC } },
      { organisation: "Tiers-lieu La Fabrique", actorType: "tiers-lieu" },
      { organisation: "Mairie de Verdun", actorType: "autre", territory: { kind: "commune", code: "55545" } },
    ],
  }));
});
afterAll(async () => service?.stop());

const respondent = () => apiClient(service.url);

describe("answering from an invitation link", () => {
  it("shows the questionnaire, the département's communes and EPCI, and an empty draft", async () => {
    const opened = await respondent().query<Opened>("respondent.open", { token: links[0]!.token });
    expect(opened.status).toBe(200);
    expect(opened.data).toMatchObject({ organisation: "CC Côtes de Meuse Woëvre", closedReason: null, draft: {}, lastSubmission: null });
    expect(opened.data.template.templateId).toBe("mini-cadrage");
    // Whom to ask, for the introduction page: the phone left out is null.
    expect(opened.data.campaign).toMatchObject({
      departmentName: "Meuse",
      ofDepartment: "de la Meuse",
      contact: { service: "Préfecture de la Meuse — mission numérique", email: "numerique@meuse.gouv.example", phone: null },
    });
    expect(opened.data.territories.communes.map((c) => c.code)).toContain(BAR_LE_DUC);
    expect(opened.data.territories.epcis.map((e) => e.code)).toContain(COTES_DE_MEUSE);
    expect(opened.data.territories.communes.every((c) => c.code.startsWith("55"))).toBe(true);
  });

  it("saves a draft as the respondent goes, and gives it back when they come back", async () => {
    const token = links[0]!.token;
    const saved = await respondent().mutate<{ savedAt: string }>("respondent.saveDraft", { token, answers: { mediation: "oui" } });
    expect(saved.status).toBe(200);
    await respondent().mutate("respondent.saveDraft", { token, answers: { mediation: "oui", couverture: 4 } });
    const resumed = await respondent().query<Opened>("respondent.open", { token });
    expect(resumed.data.draft).toEqual({ mediation: "oui", couverture: 4 });
    // Another invitation sees its own (empty) draft, never this one.
    expect((await respondent().query<Opened>("respondent.open", { token: links[1]!.token })).data.draft).toEqual({});
  });

  it("refuses a draft answer of the wrong type, naming the question", async () => {
    const bad = await respondent().mutate("respondent.saveDraft", { token: links[0]!.token, answers: { couverture: 9, communes: ["75056"] } });
    expect(bad.status).toBe(400);
    expect(bad.error?.data.issues?.map((i) => i.path).sort()).toEqual(["answers.communes", "answers.couverture"]);
  });

  it("saves answer by answer: each valid answer is kept whatever another holds, nothing invalid is stored", async () => {
    const token = links[3]!.token;
    type Saved = { savedAt: string; saved: string[]; cleared: string[] };
    const first = await respondent().mutate<Saved>("respondent.saveAnswers", { token, answers: { mediation: "oui" } });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ saved: ["mediation"], cleared: [] });
    // Another answer later: the first one stays, untouched.
    await respondent().mutate("respondent.saveAnswers", { token, answers: { couverture: 4, habitants: 1200 } });
    // An invalid answer is refused, naming it; the answers already kept stay, nothing of that call is stored.
    const bad = await respondent().mutate("respondent.saveAnswers", { token, answers: { habitants: -5, "tiers-lieu": "oui" } });
    expect(bad.status).toBe(400);
    expect(bad.error?.data.issues?.map((i) => i.path)).toEqual(["answers.habitants"]);
    expect((await respondent().query<Opened>("respondent.open", { token })).data.draft).toEqual({ mediation: "oui", couverture: 4, habitants: 1200 });
    // The page sends the valid one again without the other; sending it twice changes nothing more.
    for (let i = 0; i < 2; i++) await respondent().mutate("respondent.saveAnswers", { token, answers: { "tiers-lieu": "oui" } });
    // Clearing an answer, by name or by sending it empty.
    const cleared = await respondent().mutate<Saved>("respondent.saveAnswers", { token, answers: { "tiers-lieu-detail": "  " }, cleared: ["couverture"] });
    expect(cleared.data.cleared.sort()).toEqual(["couverture", "tiers-lieu-detail"]);
    expect((await respondent().query<Opened>("respondent.open", { token })).data.draft).toEqual({ mediation: "oui", habitants: 1200, "tiers-lieu": "oui" });
    const unknown = await respondent().mutate("respondent.saveAnswers", { token, cleared: ["nulle-part", "__proto__"] });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.issues?.map((i) => i.path)).toEqual(["answers.nulle-part", "answers.__proto__"]);
  });

  it("asks for every required visible question at submission, including a condition's follow-up", async () => {
    const incomplete = await respondent().mutate("respondent.submit", { token: links[0]!.token, answers: { "tiers-lieu": "oui" } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.error?.data.issues?.map((i) => i.path).sort()).toEqual(["answers.mediation", "answers.tiers-lieu-detail"]);
    expect(incomplete.error?.message).toContain("Les habitants manquent-ils d'accompagnement");
  });

  it("accepts a valid submission, announces it, and lets the respondent amend it until closing", async () => {
    const token = links[0]!.token;
    const answers = { mediation: "oui", "tiers-lieu": "oui", "tiers-lieu-detail": "Une ancienne gare à rénover", couverture: 5, communes: [BAR_LE_DUC], habitants: 1200 };
    const missing = await respondent().mutate("respondent.submit", { token, answers: { ...answers, "tiers-lieu-detail": "" } });
    expect(missing.status).toBe(400);
    expect(missing.error?.data.issues?.map((i) => i.path)).toEqual(["answers.tiers-lieu-detail"]);

    const first = await respondent().mutate<{ revision: number }>("respondent.submit", { token, answers });
    expect(first.data.revision).toBe(1);
    const second = await respondent().mutate<{ revision: number }>("respondent.submit", { token, answers: { ...answers, couverture: 2 } });
    expect(second.data.revision).toBe(2);
    expect((await respondent().query<Opened>("respondent.open", { token })).data.lastSubmission?.revision).toBe(2);
    // Every submission is kept, in its own document; the response holds the one that counts.
    const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
    try {
      const history = await db.collection("submissions").find({ responseId: links[0]!.invitationId }).sort({ revision: 1 }).toArray();
      expect(history.map((h) => [h.revision, h.answers.couverture])).toEqual([[1, 5], [2, 2]]);
      expect((await db.collection("responses").findOne({ _id: links[0]!.invitationId as never }))?.current.revision).toBe(2);
    } finally {
      await db.close();
    }

    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "questionnaire"), 3);
    const submitted = messages.map((m) => parseEventBytes(m.value)).filter((e) => e.type === "ResponseSubmitted");
    expect(submitted.map((e) => e.type === "ResponseSubmitted" && e.payload.revision)).toEqual([1, 2]);
    const last = submitted[1]!;
    if (last.type !== "ResponseSubmitted") throw new Error("not a ResponseSubmitted");
    expect(last.payload).toMatchObject({ campaignId, organisation: "CC Côtes de Meuse Woëvre", actorType: "epci", territory: { code: COTES_DE_MEUSE } });
    expect(last.payload.answers.find((a) => a.questionId === "mediation")).toMatchObject({ value: "Oui, beaucoup", themes: ["inclusion-mediation"] });
    expect(last.payload.answers.find((a) => a.questionId === "tiers-lieu-detail")?.themes).toEqual(["tiers-lieux"]);
    // The other services quote a territory as the respondent chose it: by name, with its code.
    expect(last.payload.answers.find((a) => a.questionId === "communes")?.value).toBe(`Bar-le-Duc (${BAR_LE_DUC})`);
  });

  it("drops the answer to a question hidden by an earlier answer", async () => {
    const token = links[2]!.token;
    const submitted = await respondent().mutate("respondent.submit", {
      token,
      answers: { mediation: "non", "tiers-lieu": "non", "tiers-lieu-detail": "ne devrait pas rester" },
    });
    expect(submitted.status).toBe(200);
    const opened = await respondent().query<Opened & { lastSubmission: { answers: Record<string, unknown> } }>("respondent.open", { token });
    expect(opened.data.lastSubmission.answers).toEqual({ mediation: "non", "tiers-lieu": "non" });
  });

  it("refuses a forged or unknown link with the same 404, and a revoked one with a 403 that says why", async () => {
    const [id] = links[1]!.token.split(".");
    const forged = await respondent().query("respondent.open", { token: `${id}.${"A".repeat(43)}` });
    expect(forged.status).toBe(404);
    expect((await respondent().query("respondent.open", { token: "nimporte-quoi" })).status).toBe(404);

    const prefecture = await staff(service, "prefecture", ["55"]);
    expect((await prefecture.mutate("campaigns.revokeInvitation", { campaignId, invitationId: links[1]!.invitationId })).status).toBe(200);
    const revoked = await respondent().mutate("respondent.saveDraft", { token: links[1]!.token, answers: {} });
    expect(revoked.status).toBe(403);
    expect(revoked.error?.message).toContain("révoquée");
    const opened = await respondent().query<Opened>("respondent.open", { token: links[1]!.token });
    expect(opened.data.closedReason).toContain("révoquée");

    // The other services learn of the revocation, and of an actor invited in its place.
    const invited = await prefecture.mutate<{ invitationId: string }[]>("campaigns.invite", {
      campaignId,
      invitations: [{ organisation: "Mairie de Bar-le-Duc (nouveau contact)", actorType: "autre", territory: { kind: "commune", code: BAR_LE_DUC } }],
    });
    expect(invited.status).toBe(200);
    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "questionnaire"), 6);
    const told = messages.map((m) => parseEventBytes(m.value)).slice(-2);
    expect(told.map((e) => [e.type, e.caseId])).toEqual([["InvitationRevoked", "case-55-2026"], ["ActorsInvited", "case-55-2026"]]);
    expect(told[0]!.payload).toMatchObject({ campaignId, invitationId: links[1]!.invitationId });
    expect(told[1]!.payload).toEqual({
      campaignId,
      invitations: [{ invitationId: invited.data[0]!.invitationId, organisation: "Mairie de Bar-le-Duc (nouveau contact)", actorType: "autre", territory: expect.objectContaining({ code: BAR_LE_DUC }) }],
    });
  });

  it("stops every link when the campaign closes", async () => {
    const prefecture = await staff(service, "prefecture", ["55"]);
    expect((await prefecture.mutate("campaigns.close", { campaignId })).status).toBe(200);
    const late = await respondent().mutate("respondent.submit", { token: links[0]!.token, answers: {} });
    expect(late.status).toBe(403);
    expect(late.error?.message).toContain("close");
  });
});

describe("a link's lifetime", () => {
  it("stops working at the campaign's closing date, without anyone closing it", async () => {
    const anct = await staff(service);
    const opened = await anct.mutate<{ campaignId: string }>("campaigns.open", {
      departmentCode: "2A",
      edition: 2026,
      title: "Campagne éclair — Corse-du-Sud",
      closesAt: new Date(Date.now() + 2000).toISOString(),
      invitations: [{ organisation: "Collectivité de Corse", actorType: "conseil-departemental" }],
    });
    const [link] = (await anct.query<typeof links>("campaigns.invitationLinks", { campaignId: opened.data.campaignId })).data;
    expect((await respondent().mutate("respondent.saveDraft", { token: link!.token, answers: {} })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2500));
    const late = await respondent().mutate("respondent.saveDraft", { token: link!.token, answers: {} });
    expect(late.status).toBe(403);
    expect(late.error?.message).toContain("close");
    expect((await respondent().query<Opened>("respondent.open", { token: link!.token })).data.closedReason).toContain("close");
  });
});

describe("the default questionnaire", () => {
  it("can be answered whole and submitted", async () => {
    const anct = await staff(service);
    const opened = await anct.mutate<{ campaignId: string }>("campaigns.open", {
      departmentCode: "09",
      edition: 2026,
      title: "Questionnaire de cadrage — Ariège",
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      invitations: [{ organisation: "Conseil départemental de l'Ariège", actorType: "conseil-departemental" }],
    });
    const [link] = (await anct.query<typeof links>("campaigns.invitationLinks", { campaignId: opened.data.campaignId })).data;
    const questionnaire = await respondent().query<Opened>("respondent.open", { token: link!.token });
    const answers = fillRequired(questionnaire.data.template, questionnaire.data.territories.communes[0]!.code);
    const submitted = await respondent().mutate<{ revision: number }>("respondent.submit", { token: link!.token, answers });
    expect(submitted.error).toBeUndefined();
    expect(submitted.data.revision).toBe(1);
  });
});

describe("an invitation whose campaign never recorded it", () => {
  it("reads as an unknown link (the process died between writing the invitations and the campaign)", async () => {
    const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
    const signed = (invitationId: string) => invitationLinks(DEVELOPMENT_AUTH_SECRET).tokenFor({ invitationId, linkNonce: "nonce" });
    const record = (batchId: string) => ({ _id: randomUUID(), campaignId, batchId, organisation: "Acteur fantôme", actorType: "autre", territory: null, contactName: null, contactEmail: null, linkNonce: "nonce" });
    try {
      const campaign = await db.collection<{ _id: string; invitationBatches: { batchId: string }[] }>("campaigns").findOne({ _id: campaignId });
      const recorded = record(campaign!.invitationBatches[0]!.batchId);
      const orphan = record(randomUUID());
      await db.collection("invitations").insertMany([recorded, orphan] as never[]);
      // The same link made for an invitation of a batch the campaign recorded opens: only the batch differs.
      expect((await respondent().query("respondent.open", { token: signed(recorded._id) })).status).toBe(200);
      const unknown = await respondent().query("respondent.open", { token: signed(orphan._id) });
      expect(unknown.status).toBe(404);
      expect(unknown.error?.message).toBe("Lien d'invitation inconnu : vérifiez l'adresse reçue");
    } finally {
      await db.close();
    }
  });
});

describe("campaigns written before invitations had their own collection", () => {
  it("has their invitations moved out when the service starts: links, revocations and staff lists as before", async () => {
    const prefecture = await staff(service, "prefecture", ["55"]);
    const before = (await prefecture.query<{ invitations: { invitationId: string; revokedAt: string | null }[] }>("campaigns.get", { campaignId })).data;
    type Summary = { campaignId: string; activeInvitations: number };
    const summaryBefore = (await prefecture.query<Summary[]>("campaigns.list")).data.find((c) => c.campaignId === campaignId)!;
    // The list counts the links that still work: every invitation but the revoked ones.
    expect(summaryBefore.activeInvitations).toBe(before.invitations.filter((i) => !i.revokedAt).length);
    expect(summaryBefore.activeInvitations).toBeLessThan(before.invitations.length);
    await service.stop();
    // Put the campaign back in its older shape: the invitations inside it, keyed by invitation_keys.
    const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
    try {
      const campaign = (await db.collection<{ _id: string; revocations: { invitationId: string; revokedAt: Date }[] }>("campaigns").findOne({ _id: campaignId }))!;
      const revokedAt = new Map(campaign.revocations.map((r) => [r.invitationId, r.revokedAt]));
      const records = await db.collection<{ _id: string } & Record<string, unknown>>("invitations").find({ campaignId }).toArray();
      const embedded = before.invitations.map(({ invitationId }) => {
        const { _id, campaignId: _c, batchId: _b, createdAt: _t, updatedAt: _u, ...rest } = records.find((r) => r._id === invitationId)!;
        return { invitationId: _id, ...rest, revokedAt: revokedAt.get(_id) ?? null };
      });
      await db.collection<{ _id: string }>("campaigns").updateOne(
        { _id: campaignId },
        { $set: { invitations: embedded }, $unset: { invitationBatches: "", revocations: "" } },
      );
      await db.collection("invitations").deleteMany({});
      await db.collection("invitation_batches").deleteMany({});
      await db.collection("invitation_keys").insertMany(before.invitations.map((i) => ({ _id: i.invitationId, campaignId }) as never));
    } finally {
      await db.close();
    }

    service = await startQuestionnaire(env);
    const opened = await respondent().query<Opened>("respondent.open", { token: links[2]!.token });
    expect(opened.status).toBe(200);
    expect(opened.data.organisation).toBe("Tiers-lieu La Fabrique");
    // links[1] was revoked above: it still is.
    expect((await respondent().mutate("respondent.saveDraft", { token: links[1]!.token, answers: {} })).status).toBe(403);
    const after = await staff(service, "prefecture", ["55"]);
    expect((await after.query<{ invitations: unknown[] }>("campaigns.get", { campaignId })).data).toEqual(before);
    expect((await after.query<Summary[]>("campaigns.list")).data.find((c) => c.campaignId === campaignId)).toEqual(summaryBefore);
    const check = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
    try {
      expect(await check.collection<{ _id: string }>("campaigns").findOne({ _id: campaignId, invitations: { $exists: true } })).toBeNull();
      expect(await check.db!.listCollections({ name: "invitation_keys" }).toArray()).toEqual([]);
    } finally {
      await check.close();
    }
  });
});
