import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miniTemplate, questionnaireTestEnvironment, staff, startQuestionnaire, type Service } from "./questionnaire-test-kit.js";

const env = questionnaireTestEnvironment("templates");
let service: Service;

beforeAll(async () => {
  service = await startQuestionnaire(env);
});
afterAll(async () => service?.stop());

type TemplateView = { templateId: string; version: number; status: string; title: string; sections: { questions: { id: string }[] }[] };

describe("questionnaire templates", () => {
  it("ships the default French framing questionnaire, published", async () => {
    const anct = await staff(service);
    const list = await anct.query<{ templateId: string; version: number; status: string; title: string }[]>("templates.list");
    expect(list.data).toContainEqual(expect.objectContaining({ templateId: "questionnaire-de-cadrage", version: 1, status: "published", title: "Questionnaire de cadrage" }));
  });

  it("versions a template: a published version never changes, a change makes the next version", async () => {
    const anct = await staff(service);
    expect((await anct.mutate("templates.saveDraft", miniTemplate)).data).toEqual({ templateId: "mini-cadrage", version: 1, status: "draft" });
    // Saving again edits the same draft.
    const retitled = { ...miniTemplate, title: "Mini questionnaire (relu)" };
    expect((await anct.mutate<{ version: number }>("templates.saveDraft", retitled)).data.version).toBe(1);
    expect((await anct.mutate("templates.publish", { templateId: "mini-cadrage", version: 1 })).status).toBe(200);
    expect((await anct.mutate("templates.publish", { templateId: "mini-cadrage", version: 1 })).status).toBe(409);

    const changed = { ...miniTemplate, title: "Mini questionnaire v2" };
    expect((await anct.mutate<{ version: number }>("templates.saveDraft", changed)).data.version).toBe(2);
    const v1 = await anct.query<TemplateView>("templates.get", { templateId: "mini-cadrage", version: 1 });
    expect(v1.data).toMatchObject({ status: "published", title: "Mini questionnaire (relu)" });
    const v2 = await anct.query<TemplateView>("templates.get", { templateId: "mini-cadrage", version: 2 });
    expect(v2.data).toMatchObject({ status: "draft", title: "Mini questionnaire v2" });
  });

  it("opens campaigns only on a published version, and keeps the version a campaign was opened on", async () => {
    const anct = await staff(service);
    const draftOnly = await anct.mutate("campaigns.open", {
      departmentCode: "09",
      edition: 2031,
      title: "Campagne sur brouillon",
      closesAt: "2031-12-31T00:00:00.000Z",
      templateId: "mini-cadrage",
      templateVersion: 2,
    });
    expect(draftOnly.status).toBe(404);
    const opened = await anct.mutate<{ templateVersion: number }>("campaigns.open", {
      departmentCode: "09",
      edition: 2031,
      title: "Campagne mini",
      closesAt: "2031-12-31T00:00:00.000Z",
      templateId: "mini-cadrage",
    });
    expect(opened.data.templateVersion).toBe(1);
  });

  it("refuses an inconsistent template with the path at fault, and non-ANCT authors", async () => {
    const anct = await staff(service);
    const broken = structuredClone(miniTemplate);
    broken.sections[0]!.questions[2]!.condition = { questionId: "couverture", operator: "equals", value: "oui" };
    const answer = await anct.mutate("templates.saveDraft", { ...broken, templateId: "broken" });
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toContain("sections.0.questions.2.condition");
    const missingTitle = await anct.mutate("templates.saveDraft", { ...miniTemplate, title: "" });
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.error?.data.issues?.map((i) => i.path)).toContain("title");
    const prefecture = await staff(service, "prefecture", ["09"]);
    expect((await prefecture.mutate("templates.saveDraft", { ...miniTemplate, templateId: "pref" })).status).toBe(403);
    expect((await prefecture.mutate("templates.publish", { templateId: "mini-cadrage", version: 2 })).status).toBe(403);
  });
});
