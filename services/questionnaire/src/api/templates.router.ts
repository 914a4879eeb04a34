import { notFound, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { QuestionnaireDeps } from "../application/deps.js";
import { asTemplate } from "../application/templates/find-template.js";
import { publishTemplate, saveTemplateDraft } from "../application/templates/save-template-draft.js";
import { questionnaireTemplateSchema } from "../domain/template/template.schema.js";
import { templateVersionId } from "../infrastructure/template.model.js";

const templateRef = z.object({ templateId: z.string().trim().min(1).max(100), version: z.number().int().positive() });

export function templatesRouter(deps: QuestionnaireDeps) {
  return router({
    /** Every template with its versions (newest first) and their status. */
    list: staffProcedure("anct", "prefecture", "partner").query(async () => {
      const docs = await deps.templates.find({}, { sections: 0 }).sort({ templateId: 1, version: -1 }).lean();
      return docs.map((d) => ({ templateId: d.templateId, version: d.version, title: d.title, status: d.status, publishedAt: d.publishedAt?.toISOString() ?? null }));
    }),

    /** One version of a template, whole. */
    get: staffProcedure("anct", "prefecture", "partner")
      .input(templateRef)
      .query(async ({ input }) => {
        const doc = await deps.templates.findById(templateVersionId(input.templateId, input.version)).lean();
        if (!doc) notFound(`Modèle ${input.templateId} v${input.version}`);
        return { ...asTemplate(doc), status: doc.status, publishedAt: doc.publishedAt?.toISOString() ?? null };
      }),

    /** Writes the draft of the next version (ANCT). Published versions never change. */
    saveDraft: staffProcedure("anct")
      .input(questionnaireTemplateSchema.omit({ version: true }))
      .mutation(async ({ ctx, input }) => saveTemplateDraft(deps, input, ctx.principal)),

    /** Publishes a draft version (ANCT): campaigns may use it from now on, and it is frozen. */
    publish: staffProcedure("anct")
      .input(templateRef)
      .mutation(async ({ input }) => publishTemplate(deps, input.templateId, input.version)),
  });
}
