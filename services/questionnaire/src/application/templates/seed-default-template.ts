import { insertOnce } from "@tetris/shared";
import { defaultTemplate } from "../../domain/template/default-template.js";
import { templateVersionId } from "../../infrastructure/template.model.js";
import type { QuestionnaireDeps } from "../deps.js";

/** The "Questionnaire de cadrage" ships with the product: published as version 1 on first start. */
export async function seedDefaultTemplate(deps: Pick<QuestionnaireDeps, "templates" | "now">): Promise<void> {
  await insertOnce(deps.templates, {
    _id: templateVersionId(defaultTemplate.templateId, defaultTemplate.version),
    ...defaultTemplate,
    status: "published",
    publishedAt: deps.now(),
    editedBy: "tetris",
  });
}
