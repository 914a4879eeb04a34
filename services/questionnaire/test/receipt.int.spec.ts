import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatParisDateTime } from "../src/application/receipt/receipt-text.js";
import { apiClient, pdfText } from "@tetris/shared/testing";
import { openMeuseCampaign, publishMiniTemplate, questionnaireTestEnvironment, staff, startQuestionnaire, type InvitationLink, type Service } from "./questionnaire-test-kit.js";

// A respondent's receipt, downloaded from the running service and read back as text with PDF.js.
const env = questionnaireTestEnvironment("receipt");
let service: Service;
let campaignId: string;
let links: InvitationLink[];

const VERDUN = "55545";

beforeAll(async () => {
  service = await startQuestionnaire(env);
  await publishMiniTemplate(service);
  ({ campaignId, links } = await openMeuseCampaign(service, {
    templateId: "mini-cadrage",
    invitations: [
      { organisation: "Mairie de Verdun", actorType: "autre", territory: { kind: "commune", code: VERDUN } },
      { organisation: "Tiers-lieu La Fabrique", actorType: "tiers-lieu" },
    ],
  }));
});
afterAll(async () => service?.stop());

type Refusal = { error: string };

const receiptUrl = (token: string, revision?: string | number) =>
  `${service.url}/respondent/receipt.pdf?token=${encodeURIComponent(token)}${revision === undefined ? "" : `&revision=${revision}`}`;

async function receipt(token: string, revision?: number) {
  const response = await fetch(receiptUrl(token, revision));
  expect(response.status).toBe(200);
  return { headers: response.headers, text: await pdfText(await response.arrayBuffer()) };
}

async function submit(token: string, answers: Record<string, unknown>) {
  const submitted = await apiClient(service.url).mutate<{ revision: number; submittedAt: string }>("respondent.submit", { token, answers });
  expect(submitted.status).toBe(200);
  return submitted.data;
}

describe("a respondent's receipt", () => {
  it("is there for each submission, the last one by default, with the date, the version and the answers as read", async () => {
    const token = links[0]!.token;
    const noneYet = await fetch(receiptUrl(token));
    expect(noneYet.status).toBe(404);
    expect(((await noneYet.json()) as Refusal).error).toContain("Aucune réponse envoyée");

    const first = await submit(token, { mediation: "oui", "tiers-lieu": "oui", "tiers-lieu-detail": "Une ancienne gare à rénover", communes: [VERDUN] });
    const second = await submit(token, { mediation: "non", "tiers-lieu": "non", couverture: 4 });
    expect([first.revision, second.revision]).toEqual([1, 2]);

    const latest = await receipt(token);
    expect(latest.headers.get("content-type")).toBe("application/pdf");
    expect(latest.headers.get("content-disposition")).toBe('attachment; filename="accuse-de-reception-v2.pdf"');
    expect(latest.headers.get("cache-control")).toBe("no-store");
    const reference = `${links[0]!.invitationId.slice(0, 8)}-v2`;
    for (const expected of [
      "Accusé de réception",
      "Questionnaire de cadrage — Meuse",
      "Meuse (55)",
      "Mairie de Verdun",
      `Réponses envoyées le ${formatParisDateTime(new Date(second.submittedAt))}`,
      "Version n° 2",
      reference,
      "Les habitants manquent-ils d'accompagnement au numérique ? Non",
      "La couverture mobile est-elle un problème ? 4 sur 5",
      "Quelles communes sont les plus concernées ? Sans réponse",
      "la dernière version envoyée est celle prise en compte",
      "Page 1 / 1",
    ])
      expect(latest.text).toContain(expected);
    expect(latest.text).toMatch(/Vous pouvez modifier vos réponses jusqu'au \d{1,2}(er)? \S+ \d{4} à \d{1,2} h \d{2} depuis votre lien d'invitation/);
    // The follow-up of « Avez-vous un projet de tiers-lieu ? » was hidden by « Non »: left out.
    expect(latest.text).not.toContain("Décrivez votre projet de tiers-lieu");

    const explicit = await receipt(token, 2);
    expect(explicit.text).toContain(reference);

    const older = await receipt(token, 1);
    expect(older.headers.get("content-disposition")).toBe('attachment; filename="accuse-de-reception-v1.pdf"');
    for (const expected of [
      "Version n° 1",
      `Réponses envoyées le ${formatParisDateTime(new Date(first.submittedAt))}`,
      "Cette version a été remplacée par la version n° 2",
      "Les habitants manquent-ils d'accompagnement au numérique ? Oui, beaucoup",
      "Décrivez votre projet de tiers-lieu Une ancienne gare à rénover",
      "Quelles communes sont les plus concernées ? Verdun (55545)",
      "La couverture mobile est-elle un problème ? Sans réponse",
    ])
      expect(older.text).toContain(expected);
  });

  it("answers 404 to a forged or unknown link, alike, and to a version that was never sent", async () => {
    const [id] = links[0]!.token.split(".");
    const forged = await fetch(receiptUrl(`${id}.${"A".repeat(43)}`));
    const unknown = await fetch(receiptUrl("nimporte-quoi"));
    expect([forged.status, unknown.status]).toEqual([404, 404]);
    expect(forged.headers.get("cache-control")).toBe("no-store");
    expect(await forged.json()).toEqual(await unknown.json());

    const missing = await fetch(receiptUrl(links[0]!.token, 3));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Refusal).error).toBe("Aucune version n° 3 de vos réponses : la dernière envoyée est la version n° 2");
  });

  it("answers 400 naming the parameter to a missing token or a revision that is not a positive integer, never a 500", async () => {
    const token = encodeURIComponent(links[0]!.token);
    const cases: [string, string][] = [
      ["", "token"],
      ["?token=", "token"],
      [`?token=${token}&token=${token}`, "token"],
      [`?token=${token}&revision=0`, "revision"],
      [`?token=${token}&revision=-1`, "revision"],
      [`?token=${token}&revision=1.5`, "revision"],
      [`?token=${token}&revision=deux`, "revision"],
      [`?token=${token}&revision=`, "revision"],
      [`?token=${token}&revision=1&revision=2`, "revision"],
      [`?token=${token}&revision=${"9".repeat(400)}`, "revision"],
    ];
    for (const [query, field] of cases) {
      const answer = await fetch(`${service.url}/respondent/receipt.pdf${query}`);
      expect(answer.status, query).toBe(400);
      const body = (await answer.json()) as Refusal;
      expect(body.error, query).toMatch(new RegExp(`^Données invalides : ${field} : `));
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("answers any query string with a 4xx in French, never a 500 nor a stack", async () => {
    const token = links[0]!.token;
    const [id] = token.split(".");
    const tokens = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constant(token), fc.constant(`${id}.`), fc.constant(`${id}.${"_".repeat(43)}`));
    const revisions = fc.oneof(fc.constant(undefined), fc.string(), fc.integer().map(String), fc.double().map(String), fc.constant("99"));
    await fc.assert(
      fc.asyncProperty(tokens, revisions, async (t, r) => {
        const answer = await fetch(`${service.url}/respondent/receipt.pdf?${new URLSearchParams({ token: t, ...(r === undefined ? {} : { revision: r }) })}`);
        if (answer.status === 200) return; // the real token with a real revision (or none)
        expect([400, 404]).toContain(answer.status);
        const body = (await answer.json()) as Refusal;
        expect(body.error).toMatch(/^(Données invalides|Lien d'invitation inconnu|Aucune)/);
        expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
      }),
      { numRuns: 60 },
    );
  });

  it("is still given to a revoked link and after closing: the receipt is the respondent's", async () => {
    const token = links[1]!.token;
    await submit(token, { mediation: "oui", "tiers-lieu": "non" });
    const prefecture = await staff(service, "prefecture", ["55"]);
    expect((await prefecture.mutate("campaigns.revokeInvitation", { campaignId, invitationId: links[1]!.invitationId })).status).toBe(200);
    const revoked = await receipt(token);
    expect(revoked.text).toContain("Tiers-lieu La Fabrique");
    expect(revoked.text).toContain("Version n° 1");
    expect(revoked.text).toContain("Vos réponses ne sont plus modifiables depuis ce lien");

    expect((await prefecture.mutate("campaigns.close", { campaignId })).status).toBe(200);
    const closed = await receipt(links[0]!.token, 1);
    expect(closed.text).toContain("Mairie de Verdun");
    expect(closed.text).toContain("Vos réponses ne sont plus modifiables depuis ce lien");
  });
});
