import { notFound, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { QuestionnaireDeps } from "../application/deps.js";
import { asTemplate } from "../application/templates/find-template.js";
import { publishTemplate, saveTemplateDraft } from "../application/templates/save-template-draft.js";
import { questionnaireTemplateSchema } from "../domain/template/template.schema.js";
import { templateVersionId } from "../infrastructure/template.model.js";
import {
  templateDraftSavedSchema,
  templatePublishedSchema,
  templateVersionSummarySchema,
  templateVersionViewSchema,
} from "./views/template.view.js";

const templateRef = z.object({ templateId: z.string().trim().min(1).max(100), version: z.number().int().positive() });

export function templatesRouter(deps: QuestionnaireDeps) {
  return router({
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({
        summary:
          "Every version of every template, without their questions: by templateId, newest version first, drafts included. " +
          "Use `templates.get` for a version's content.",
      })
      .output(z.array(templateVersionSummarySchema))
      .query(async () => {
        const docs = await deps.templates.find({}, { sections: 0 }).sort({ templateId: 1, version: -1 }).lean();
        return docs.map((d) => ({ templateId: d.templateId, version: d.version, title: d.title, status: d.status, publishedAt: d.publishedAt?.toISOString() ?? null }));
      }),

    get: staffProcedure("anct", "prefecture", "partner")
      .meta({
        summary: "One version of a template, whole (themes, sections, questions and their scores), with its status.",
        errors: ["404 if the template has no such version"],
      })
      .input(templateRef)
      .output(templateVersionViewSchema)
      .query(async ({ input }) => {
        const doc = await deps.templates.findById(templateVersionId(input.templateId, input.version)).lean();
        if (!doc) notFound(`Modèle ${input.templateId} v${input.version}`);
        return { ...asTemplate(doc), status: doc.status, publishedAt: doc.publishedAt?.toISOString() ?? null };
      }),

    saveDraft: staffProcedure("anct")
      .meta({
        summary:
          "Saves a template as the draft of its next version and answers that version number: it replaces the current draft if the " +
          "latest version is one, otherwise it starts version latest + 1 (1 for a new templateId). Published versions never change; " +
          "publish the draft with `templates.publish`.",
        errors: [
          "400 if the template breaks a rule that spans fields (a duplicate section id, question id, theme code or option value; a theme " +
            "code not in `themes`; negative points; a minimum above its maximum, or more selections or ranks than options; a condition " +
            "on a question not asked earlier, or whose operator or value does not fit that question): the message lists each path and " +
            "problem, and `issues` is not set",
          "409 if the draft was published meanwhile (save again to start the next version)",
          "409 if another request created the next version meanwhile (reload the template)",
        ],
      })
      .input(questionnaireTemplateSchema.omit({ version: true }))
      .output(templateDraftSavedSchema)
      .mutation(async ({ ctx, input }) => saveTemplateDraft(deps, input, ctx.principal)),

    publish: staffProcedure("anct")
      .meta({
        summary: "Publishes a draft version: it is frozen from now on, and campaigns may be opened on it.",
        errors: ["404 if the template has no such version", "409 if that version is already published"],
      })
      .input(templateRef)
      .output(templatePublishedSchema)
      .mutation(async ({ input }) => publishTemplate(deps, input.templateId, input.version)),
  });
}
