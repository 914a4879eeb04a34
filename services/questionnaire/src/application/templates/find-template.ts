import { notFound } from "@tetris/shared";
import type { QuestionnaireTemplate } from "../../domain/template/template.js";
import { templateVersionId, type TemplateVersionDocument } from "../../infrastructure/template.model.js";
import type { QuestionnaireDeps } from "../deps.js";

export function asTemplate(doc: TemplateVersionDocument): QuestionnaireTemplate {
  const { templateId, version, title, description, themes, sections } = doc;
  return { templateId, version, title, description, themes, sections };
}

/** A published version: the only kind a campaign may use. Without a version, the latest published. */
export async function findPublishedTemplate(
  deps: Pick<QuestionnaireDeps, "templates">,
  templateId: string,
  version?: number,
): Promise<QuestionnaireTemplate> {
  const doc =
    version === undefined
      ? await deps.templates.findOne({ templateId, status: "published" }).sort({ version: -1 }).lean()
      : await deps.templates.findOne({ _id: templateVersionId(templateId, version), status: "published" }).lean();
  if (!doc) notFound(`Modèle de questionnaire publié ${templateId}${version === undefined ? "" : ` v${version}`}`);
  return asTemplate(doc);
}

// A published version never changes, and every respondent's call needs the one of their
// campaign: kept once read, per database (the model), rather than read again on each answer.
const publishedVersions = new WeakMap<object, Map<string, QuestionnaireTemplate>>();

/** The exact version answers were given on (published, hence unchanged since). */
export async function templateOfCampaign(
  deps: Pick<QuestionnaireDeps, "templates">,
  campaign: { templateId: string; templateVersion: number },
): Promise<QuestionnaireTemplate> {
  let known = publishedVersions.get(deps.templates);
  if (!known) publishedVersions.set(deps.templates, (known = new Map()));
  const id = templateVersionId(campaign.templateId, campaign.templateVersion);
  const cached = known.get(id);
  if (cached) return cached;
  const template = await findPublishedTemplate(deps, campaign.templateId, campaign.templateVersion);
  known.set(id, template);
  return template;
}
