import { safeCell, safeText, tableCsv, territoryLabelIn, type Table } from "@tetris/shared";
import type { Question } from "../../domain/template/template.js";
import type { RankedTheme } from "../../domain/theme-ranking.js";
import { actorTypeLabels } from "./actor-type-labels.js";
import type { CampaignExportData } from "./export-data.js";
import { answerText } from "../../domain/template/answer-scoring.js";

const ANSWER_COLUMNS = ["Organisation", "Type d'acteur", "Territoire", "Contact", "Date de soumission", "Révision"];
const RANKING_COLUMNS = ["Rang", "Thème", "Score", "Explication", "Principales contributions"];

/** One row per invitation, answered or not, then one column per question in template order. */
export function answersTable(data: CampaignExportData): Table {
  const questions = questionsOf(data);
  const territoryLabel = territoryLabelIn(data.campaign.departmentCode);
  return {
    header: [...ANSWER_COLUMNS, ...questions.map((q) => q.label)].map(safeText),
    rows: data.rows.map((row) =>
      [
        row.organisation,
        actorTypeLabels[row.actorType],
        row.territory ?? "",
        contactOf(row),
        row.submittedAt?.toISOString() ?? "",
        row.revision,
        ...questions.map((q) => {
          const value = row.answers[q.id];
          return value === undefined ? "" : answerText(q, value, territoryLabel);
        }),
      ].map(safeCell),
    ),
  };
}

/** The ranked themes; only the header while the campaign is open (no ranking yet). */
export function rankingTable(data: CampaignExportData): Table {
  const questions = new Map(questionsOf(data).map((q) => [q.id, q]));
  const territoryLabel = territoryLabelIn(data.campaign.departmentCode);
  return {
    header: RANKING_COLUMNS,
    rows: (data.ranking ?? []).map((theme) =>
      [
        theme.rank,
        theme.label,
        roundTo2(theme.score),
        theme.explanation,
        theme.topContributions.map((c) => contributionText(c, questions.get(c.questionId), territoryLabel)).join(" | "),
      ].map(safeCell),
    ),
  };
}

/** CSV for French Excel: UTF-8 with BOM (or accents break), `;` between fields, CRLF. */
export function answersCsv(data: CampaignExportData): string {
  return tableCsv(answersTable(data));
}

export function rankingCsv(data: CampaignExportData): string {
  return tableCsv(rankingTable(data));
}

function questionsOf(data: CampaignExportData): Question[] {
  return data.template.sections.flatMap((section) => section.questions);
}

function contactOf(row: CampaignExportData["rows"][number]): string {
  if (row.contactName && row.contactEmail) return `${row.contactName} <${row.contactEmail}>`;
  return row.contactName || row.contactEmail || "";
}

function contributionText(
  contribution: RankedTheme["topContributions"][number],
  question: Question | undefined,
  territoryLabel: (code: string) => string,
): string {
  const { organisation, questionLabel, value } = contribution;
  const answer = question ? answerText(question, value, territoryLabel) : [value].flat().join(" ; ");
  return `${organisation} — ${questionLabel} : ${answer} (${roundTo2(contribution.contribution)})`;
}

function roundTo2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}
