import { stringify } from "csv-stringify/sync";
import type { Question } from "../../domain/template/template.js";
import type { RankedTheme } from "../../domain/theme-ranking.js";
import { actorTypeLabels } from "./actor-type-labels.js";
import type { CampaignExportData } from "./export-data.js";
import { answerText } from "../../domain/template/answer-scoring.js";

export type Cell = string | number | null;

/** The rows of an export, shared by the CSV and the workbook so that both show the same thing. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

const ANSWER_COLUMNS = ["Organisation", "Type d'acteur", "Territoire", "Contact", "Date de soumission", "Révision"];
const RANKING_COLUMNS = ["Rang", "Thème", "Score", "Explication", "Principales contributions"];

/** One row per invitation, answered or not, then one column per question in template order. */
export function answersTable(data: CampaignExportData): Table {
  const questions = questionsOf(data);
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
          return value === undefined ? "" : answerText(q, value);
        }),
      ].map(safeCell),
    ),
  };
}

/** The ranked themes; only the header while the campaign is open (no ranking yet). */
export function rankingTable(data: CampaignExportData): Table {
  const questions = new Map(questionsOf(data).map((q) => [q.id, q]));
  return {
    header: RANKING_COLUMNS,
    rows: (data.ranking ?? []).map((theme) =>
      [
        theme.rank,
        theme.label,
        roundTo2(theme.score),
        theme.explanation,
        theme.topContributions.map((c) => contributionText(c, questions.get(c.questionId))).join(" | "),
      ].map(safeCell),
    ),
  };
}

/** CSV for French Excel: UTF-8 with BOM (or accents break), `;` between fields, CRLF. */
export function answersCsv(data: CampaignExportData): string {
  return toCsv(answersTable(data));
}

export function rankingCsv(data: CampaignExportData): string {
  return toCsv(rankingTable(data));
}

/**
 * Respondents type free text: a cell starting like a formula gets an apostrophe so that a
 * spreadsheet shows it instead of running it (OWASP "CSV injection"; the full-width forms
 * are read as formulas too). Numbers are ours, never free text.
 */
export function safeCell(cell: Cell): Cell {
  return typeof cell === "string" ? safeText(cell) : cell;
}

function safeText(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

function toCsv(table: Table): string {
  return stringify([table.header, ...table.rows], { bom: true, delimiter: ";", record_delimiter: "windows" });
}

function questionsOf(data: CampaignExportData): Question[] {
  return data.template.sections.flatMap((section) => section.questions);
}

function contactOf(row: CampaignExportData["rows"][number]): string {
  if (row.contactName && row.contactEmail) return `${row.contactName} <${row.contactEmail}>`;
  return row.contactName || row.contactEmail || "";
}

function contributionText(contribution: RankedTheme["topContributions"][number], question: Question | undefined): string {
  const { organisation, questionLabel, value } = contribution;
  const answer = question ? answerText(question, value) : [value].flat().join(" ; ");
  return `${organisation} — ${questionLabel} : ${answer} (${roundTo2(contribution.contribution)})`;
}

function roundTo2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}
