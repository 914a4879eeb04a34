import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTableSheet, safeCell, safeText, tableCsv, type Table } from "../src/export/tabular-export.js";

describe("formula-injection guard", () => {
  it("prefixes with an apostrophe every text a spreadsheet would run as a formula", () => {
    const formulas = ["=1+1", "+33 5 55", "-moins", "@mention", "\tTabulée", "\rRetour", "＝SOMME(A1)", "＋1", "－1", "＠x"];
    expect(formulas.map(safeText)).toEqual(formulas.map((text) => `'${text}`));
  });

  it("keeps ordinary text, numbers and empty cells as they are", () => {
    expect(["Mairie de Guéret", "", " =espace devant", "'déjà protégé"].map(safeText)).toEqual([
      "Mairie de Guéret",
      "",
      " =espace devant",
      "'déjà protégé",
    ]);
    expect([-3, 0, 2.5, null].map(safeCell)).toEqual([-3, 0, 2.5, null]);
    expect(safeCell('=HYPERLINK("http://x.example","clic")')).toBe(`'=HYPERLINK("http://x.example","clic")`);
  });
});

describe("table CSV", () => {
  it("opens in French Excel: UTF-8 BOM, semicolons, CRLF after every record, dot decimals", () => {
    const table: Table = { header: ["Thème", "Score"], rows: [["Tiers-lieux", 5.33], ["E-santé", null]] };
    expect(tableCsv(table)).toBe("\uFEFFThème;Score\r\nTiers-lieux;5.33\r\nE-santé;\r\n");
  });

  it("quotes the fields holding a semicolon, a quote or a line break", () => {
    const table: Table = { header: ["Projet"], rows: [['Ouvrir un "France services" ; puis\nun second']] };
    expect(tableCsv(table)).toBe('\uFEFFProjet\r\n"Ouvrir un ""France services"" ; puis\nun second"\r\n');
  });

  it("has only its header when there is no row", () => {
    expect(tableCsv({ header: ["Rang", "Thème"], rows: [] })).toBe("\uFEFFRang;Thème\r\n");
  });
});

describe("table sheet", () => {
  async function roundTrip(table: Table): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    addTableSheet(workbook, "Tableau", table);
    const read = await new ExcelJS.Workbook().xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
    return read.getWorksheet("Tableau")!;
  }

  it("shows the rows under a bold frozen header, numbers as numbers, long text wrapped", async () => {
    const long = "Un texte bien plus long que la largeur maximale d'une colonne, qui passe donc à la ligne.";
    const sheet = await roundTrip({ header: ["Nom", "Projets", "Description"], rows: [["Meuse", 3, long], ["Ariège", null, "court"]] });
    expect(sheet.getRow(1).values).toEqual([undefined, "Nom", "Projets", "Description"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("B2").value).toBe(3);
    expect(sheet.getCell("B3").value).toBeNull();
    expect(sheet.getCell("C2").alignment?.wrapText).toBe(true);
    expect(sheet.getColumn("A").width).toBe(10);
    expect(sheet.getColumn("C").width).toBe(50);
  });
});
