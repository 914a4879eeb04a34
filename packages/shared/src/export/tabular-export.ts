import { stringify } from "csv-stringify/sync";
import type { Workbook, Worksheet } from "exceljs";

export type Cell = string | number | null;

/** The rows of an export, shared by its CSV and its workbook so that both show the same thing. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 50;

/**
 * Users type free text: a cell starting like a formula gets an apostrophe so that a
 * spreadsheet shows it instead of running it (OWASP "CSV injection"; the full-width forms
 * are read as formulas too). Numbers are ours, never free text.
 */
export function safeCell(cell: Cell): Cell {
  return typeof cell === "string" ? safeText(cell) : cell;
}

export function safeText(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

/** CSV for French Excel: UTF-8 with BOM (or accents break), `;` between fields, CRLF. */
export function tableCsv(table: Table): string {
  return stringify([table.header, ...table.rows], { bom: true, delimiter: ";", record_delimiter: "windows" });
}

/** A sheet showing the table under a bold frozen header, columns as wide as their text, long text wrapped. */
export function addTableSheet(workbook: Workbook, name: string, table: Table): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  sheet.addRows(table.rows);
  sheet.columns.forEach((column, index) => {
    column.width = columnWidth([table.header[index], ...table.rows.map((row) => row[index])]);
    column.alignment = { vertical: "top", wrapText: true };
  });
  return sheet;
}

/** Wide enough for the longest line of the column, within bounds; longer text wraps. */
function columnWidth(cells: readonly (Cell | undefined)[]): number {
  const longest = cells.reduce<number>(
    (max, cell) => Math.max(max, ...String(cell ?? "").split("\n").map((line) => line.length)),
    0,
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
