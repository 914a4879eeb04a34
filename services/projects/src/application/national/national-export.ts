import { addTableSheet, defaultThemes, safeCell, tableCsv, type Cell, type Table } from "@tetris/shared";
import ExcelJS from "exceljs";
import type { FunnelRow, NationalView } from "./national-view-data.js";

const ALL_THEMES = "Tous thèmes";
const SOURCE = "Tétris — ANCT";
const themeLabels = new Map<string, string>(defaultThemes.map((t) => [t.code, t.label]));

/** The funnel per département and theme, as ANCT opens it in French Excel. */
export function nationalCsv(view: NationalView): string {
  return tableCsv(funnelTable(view));
}

/** The national view in one workbook: the funnel, the levers used, the overdue milestones and where it comes from. */
export async function nationalWorkbook(view: NationalView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tétris";
  addTableSheet(workbook, "Entonnoir", funnelTable(view));
  addTableSheet(workbook, "Leviers", leversTable(view));
  addTableSheet(workbook, "Jalons en retard", overdueTable(view));
  addTableSheet(workbook, "Informations", informationTable(view));
  // exceljs types its result as an ArrayBuffer-like of its own; callers want a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function funnelTable(view: NationalView): Table {
  return table(
    ["Département", "Code", "Thème", "Invités", "Répondants", "Besoins", "Fiches projet", "Retenus", "Accompagnés", "Livrés"],
    view.funnel.map((r) => [
      r.departmentName,
      r.departmentCode,
      themeLabel(r),
      r.invited,
      r.answered,
      r.needs,
      r.candidates,
      r.selected,
      r.accompanied,
      r.delivered,
    ]),
  );
}

function leversTable(view: NationalView): Table {
  return table(["Levier", "Projets"], view.levers.map((l) => [l.label, l.projects]));
}

function overdueTable(view: NationalView): Table {
  return table(
    ["Département", "Dossier", "Projet", "Jalon", "Échéance", "Jours de retard"],
    view.overdueMilestones.map((m) => [m.departmentCode, m.caseId, m.projectTitle, m.milestoneTitle, m.dueDate, m.daysLate]),
  );
}

function informationTable(view: NationalView): Table {
  return table(
    ["Information", "Valeur"],
    [
      ["Date de génération", view.generatedAt.toISOString()],
      ["Source", SOURCE],
    ],
  );
}

/** A theme a template added is not in the default list: its code is all we know of it. */
function themeLabel(row: FunnelRow): string {
  return row.themeCode === null ? ALL_THEMES : (themeLabels.get(row.themeCode) ?? row.themeCode);
}

/** Titles and labels are typed by people: every cell goes through the formula guard. */
function table(header: string[], rows: Cell[][]): Table {
  return { header, rows: rows.map((row) => row.map(safeCell)) };
}
