import { TRPCError } from "@trpc/server";
import { conflict, insertOnce, type Principal } from "@tetris/shared";
import { checkTemplate } from "../../domain/template/template.schema.js";
import type { QuestionnaireTemplate } from "../../domain/template/template.js";
import { templateVersionId } from "../../infrastructure/template.model.js";
import type { QuestionnaireDeps } from "../deps.js";

type TemplateContent = Omit<QuestionnaireTemplate, "version">;

/**
 * Writes the draft of a template's next version: replaces the current draft if there is one,
 * otherwise starts version (latest + 1). Published versions are never touched.
 */
export async function saveTemplateDraft(deps: QuestionnaireDeps, content: TemplateContent, principal: Principal) {
  const latest = await deps.templates.findOne({ templateId: content.templateId }).sort({ version: -1 }).lean();
  const version = latest?.status === "draft" ? latest.version : (latest?.version ?? 0) + 1;
  const template = { ...content, version };
  const issues = checkTemplate(template);
  if (issues.length > 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Modèle incohérent : ${issues.map((i) => `${i.path} : ${i.message}`).join(" ; ")}`,
    });
  }
  const doc = { _id: templateVersionId(content.templateId, version), ...template, status: "draft" as const, publishedAt: null, editedBy: principal.subject };
  if (latest?.status === "draft") {
    const result = await deps.templates.replaceOne({ _id: doc._id, status: "draft" }, doc);
    if (result.matchedCount === 0) conflict("Cette version vient d'être publiée : enregistrez de nouveau pour créer la suivante");
  } else if (!(await insertOnce(deps.templates, doc))) {
    conflict("Une autre version vient d'être créée : rechargez le modèle");
  }
  return { templateId: content.templateId, version, status: "draft" as const };
}

/** Freezes a draft: from now on it can be used by campaigns and never changes. */
export async function publishTemplate(deps: QuestionnaireDeps, templateId: string, version: number) {
  const result = await deps.templates.updateOne(
    { _id: templateVersionId(templateId, version), status: "draft" },
    { $set: { status: "published", publishedAt: deps.now() } },
  );
  if (result.matchedCount === 0) {
    const exists = await deps.templates.exists({ _id: templateVersionId(templateId, version) });
    if (!exists) throw new TRPCError({ code: "NOT_FOUND", message: `Modèle ${templateId} v${version} introuvable` });
    conflict(`La version ${version} de ${templateId} est déjà publiée`);
  }
  return { templateId, version, status: "published" as const };
}
