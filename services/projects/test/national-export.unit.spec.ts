import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { nationalCsv, nationalWorkbook } from "../src/application/national/national-export.js";
import type { NationalView } from "../src/application/national/national-view-data.js";

const view: NationalView = {
  generatedAt: new Date("2025-06-16T07:45:00.000Z"),
  funnel: [
    { departmentCode: "09", departmentName: "Ariège", themeCode: null, invited: 18, answered: 11, needs: 9, candidates: 4, selected: 2, accompanied: 1, delivered: 0 },
    { departmentCode: "09", departmentName: "Ariège", themeCode: "infrastructures", invited: 0, answered: 0, needs: 5, candidates: 3, selected: 2, accompanied: 1, delivered: 0 },
    { departmentCode: "09", departmentName: "Ariège", themeCode: "tiers-lieux", invited: 0, answered: 0, needs: 4, candidates: 1, selected: 0, accompanied: 0, delivered: 0 },
    { departmentCode: "55", departmentName: "Meuse", themeCode: null, invited: 24, answered: 17, needs: 14, candidates: 6, selected: 4, accompanied: 3, delivered: 1 },
    { departmentCode: "55", departmentName: "Meuse", themeCode: "e-sante", invited: 0, answered: 0, needs: 6, candidates: 3, selected: 2, accompanied: 2, delivered: 1 },
    { departmentCode: "55", departmentName: "Meuse", themeCode: "inclusion-mediation", invited: 0, answered: 0, needs: 7, candidates: 2, selected: 2, accompanied: 1, delivered: 0 },
    { departmentCode: "55", departmentName: "Meuse", themeCode: "mobilite-rurale", invited: 0, answered: 0, needs: 1, candidates: 1, selected: 0, accompanied: 0, delivered: 0 },
  ],
  levers: [
    { code: "conseiller-numerique", label: "Conseillers numériques France Services", projects: 3 },
    { code: "dsil", label: "Dotation de soutien à l'investissement local (DSIL)", projects: 2 },
    { code: "fonds-tiers-lieux", label: "Fonds tiers-lieux", projects: 1 },
  ],
  overdueMilestones: [
    {
      departmentCode: "55",
      caseId: "case-55-1",
      projectId: "project-55-3",
      projectTitle: "Téléconsultation dans les maisons de santé de Verdun",
      milestoneTitle: "Équipement des cabinets",
      dueDate: "2025-04-30",
      daysLate: 47,
    },
    {
      departmentCode: "09",
      caseId: "case-09-1",
      projectId: "project-09-1",
      projectTitle: "=Fibre pour la vallée du Couserans",
      milestoneTitle: "Choix de l'opérateur",
      dueDate: "2025-06-02",
      daysLate: 14,
    },
  ],
};

const funnelHeader = ["Département", "Code", "Thème", "Invités", "Répondants", "Besoins", "Fiches projet", "Retenus", "Accompagnés", "Livrés"];

function readCsv(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv.slice(1, -2).split("\r\n").map((line) => line.split(";"));
}

async function readWorkbook(): Promise<ExcelJS.Workbook> {
  const buffer = await nationalWorkbook(view);
  return new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("national CSV", () => {
  it("has the funnel header and one line per département total and per theme", () => {
    const records = readCsv(nationalCsv(view));
    expect(records[0]).toEqual(funnelHeader);
    expect(records).toHaveLength(1 + view.funnel.length);
  });

  it("names the total line 'Tous thèmes' and a theme by its label", () => {
    const records = readCsv(nationalCsv(view));
    expect(records[4]).toEqual(["Meuse", "55", "Tous thèmes", "24", "17", "14", "6", "4", "3", "1"]);
    expect(records[5]).toEqual(["Meuse", "55", "E-santé et téléconsultation", "0", "0", "6", "3", "2", "2", "1"]);
    expect(records[2]!.slice(0, 3)).toEqual(["Ariège", "09", "Infrastructures fixe (THD, fibre) et mobile (4G, 5G)"]);
  });

  it("shows the code of a theme that is not in the default list", () => {
    const records = readCsv(nationalCsv(view));
    expect(records[7]!.slice(0, 3)).toEqual(["Meuse", "55", "mobilite-rurale"]);
  });
});

describe("national workbook", () => {
  it("has the funnel, levers, overdue milestones and information sheets, written by Tétris", async () => {
    const workbook = await readWorkbook();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Entonnoir", "Leviers", "Jalons en retard", "Informations"]);
    expect(workbook.creator).toBe("Tétris");
  });

  it("shows the funnel as the CSV does, with numbers as numbers under a bold frozen header", async () => {
    const sheet = (await readWorkbook()).getWorksheet("Entonnoir")!;
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(funnelHeader);
    expect(rows[1]).toEqual(["Ariège", "09", "Tous thèmes", 18, 11, 9, 4, 2, 1, 0]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("lists the levers by use", async () => {
    const rows = sheetRows((await readWorkbook()).getWorksheet("Leviers")!);
    expect(rows).toEqual([
      ["Levier", "Projets"],
      ["Conseillers numériques France Services", 3],
      ["Dotation de soutien à l'investissement local (DSIL)", 2],
      ["Fonds tiers-lieux", 1],
    ]);
  });

  it("lists the overdue milestones, a formula-like title neutralised", async () => {
    const rows = sheetRows((await readWorkbook()).getWorksheet("Jalons en retard")!);
    expect(rows[0]).toEqual(["Département", "Dossier", "Projet", "Jalon", "Échéance", "Jours de retard"]);
    expect(rows[1]).toEqual(["55", "case-55-1", "Téléconsultation dans les maisons de santé de Verdun", "Équipement des cabinets", "2025-04-30", 47]);
    expect(rows[2]).toEqual(["09", "case-09-1", "'=Fibre pour la vallée du Couserans", "Choix de l'opérateur", "2025-06-02", 14]);
  });

  it("says when and from where it was generated", async () => {
    const rows = sheetRows((await readWorkbook()).getWorksheet("Informations")!);
    expect(rows.slice(1)).toEqual([
      ["Date de génération", "2025-06-16T07:45:00.000Z"],
      ["Source", "Tétris — ANCT"],
    ]);
  });
});
