import { isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import { questionnaireTemplateSchema } from "../../domain/template/template.schema.js";

const status = z.enum(["draft", "published"]).describe("A draft may still change; a published version never does, and only it can be used by campaigns.");
const publishedAt = isoDateTimeSchema.nullable().describe("null for a draft.");
const versionRef = questionnaireTemplateSchema.pick({ templateId: true, version: true });

/** One version in the list of templates, without its questions. */
export const templateVersionSummarySchema = versionRef.extend({ title: questionnaireTemplateSchema.shape.title, status, publishedAt });

/** One version, whole. */
export const templateVersionViewSchema = questionnaireTemplateSchema.extend({ status, publishedAt });

export const templateDraftSavedSchema = versionRef.extend({ status: z.literal("draft") });

export const templatePublishedSchema = versionRef.extend({ status: z.literal("published") });
