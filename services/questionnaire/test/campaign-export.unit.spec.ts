import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { answersCsv, rankingCsv } from "../src/application/export/campaign-csv.js";
import { campaignWorkbook } from "../src/application/export/campaign-workbook.js";
import type { CampaignExportData } from "../src/application/export/export-data.js";
import type { QuestionnaireTemplate } from "../src/domain/template/template.js";

const template: QuestionnaireTemplate = {
  templateId: "cadrage",
  version: 3,
  title: "Questionnaire de cadrage",
  description: "Diagnostic des besoins numériques du département",
  themes: [
    { code: "tiers-lieux", label: "Tiers-lieux" },
    { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
    { code: "e-sante", label: "E-santé et téléconsultation" },
  ],
  sections: [
    {
      id: "structure",
      title: "Votre structure",
      questions: [
        {
          id: "role",
          type: "single-choice",
          label: "Quel est le rôle de votre structure ?",
          required: true,
          options: [
            { value: "porteur", label: "Porteur de projets", scores: [] },
            { value: "financeur", label: "Financeur", scores: [] },
          ],
        },
        { id: "perimetre", type: "territory", label: "Territoires couverts", required: true, kinds: ["commune", "epci"], multiple: true },
        { id: "agents", type: "number", label: "Nombre d'agents", required: false, integer: true },
      ],
    },
    {
      id: "priorites",
      title: "Vos priorités",
      questions: [
        {
          id: "usages",
          type: "multiple-choice",
          label: "Quels usages voulez-vous développer ?",
          required: true,
          options: [
            { value: "mediation", label: "Médiation numérique", scores: [{ themeCode: "inclusion-mediation", points: 2 }] },
            { value: "teleconsultation", label: "Téléconsultation", scores: [{ themeCode: "e-sante", points: 2 }] },
            { value: "coworking", label: "Coworking", scores: [{ themeCode: "tiers-lieux", points: 2 }] },
          ],
        },
        {
          id: "maturite",
          type: "scale",
          label: "Maturité numérique du territoire",
          required: true,
          minLabel: "Débutant",
          maxLabel: "Avancé",
          scores: [],
        },
        {
          id: "classement",
          type: "ranking",
          label: "Classez vos priorités",
          required: true,
          options: [
            { value: "sante", label: "Santé", scores: [{ themeCode: "e-sante", points: 3 }] },
            { value: "inclusion", label: "Inclusion", scores: [{ themeCode: "inclusion-mediation", points: 3 }] },
            { value: "tiers-lieux", label: "Tiers-lieux", scores: [{ themeCode: "tiers-lieux", points: 3 }] },
          ],
        },
        { id: "projet", type: "long-text", label: "Décrivez un projet", required: false, maxLength: 2000, themes: [] },
      ],
    },
  ],
};

const projectText = 'Ouvrir un "France services" ; puis\nun second tiers-lieu à Aubusson.';

const data: CampaignExportData = {
  campaign: {
    campaignId: "campaign-1",
    caseId: "case-23-1",
    departmentCode: "23",
    title: "Cadrage Creuse 2025",
    status: "closed",
    opensAt: new Date("2025-03-01T08:00:00.000Z"),
    closesAt: new Date("2025-03-31T21:59:00.000Z"),
  },
  template,
  rows: [
    {
      invitationId: "inv-cd",
      organisation: "Conseil départemental de la Creuse",
      actorType: "conseil-departemental",
      territory: "Creuse",
      contactName: "Claire Martin",
      contactEmail: "claire.martin@creuse.fr",
      submittedAt: new Date("2025-03-10T09:30:00.000Z"),
      revision: 2,
      answers: {
        role: "financeur",
        perimetre: ["23096", "200067213"],
        agents: 1200,
        usages: ["mediation", "coworking"],
        maturite: 3,
        classement: ["inclusion", "sante", "tiers-lieux"],
        projet: projectText,
      },
    },
    {
      invitationId: "inv-epci",
      organisation: "CC Creuse Grand Sud",
      actorType: "epci",
      territory: "CC Creuse Grand Sud",
      contactName: null,
      contactEmail: "numerique@creuse-grand-sud.fr",
      submittedAt: new Date("2025-03-12T14:00:00.000Z"),
      revision: 1,
      answers: { role: "porteur", usages: ["teleconsultation"], maturite: 2, classement: ["sante"], projet: '=HYPERLINK("http://x.example","clic")' },
    },
    {
      invitationId: "inv-tl",
      organisation: "La Quincaillerie",
      actorType: "tiers-lieu",
      territory: null,
      contactName: "Paul Roux",
      contactEmail: null,
      submittedAt: null,
      revision: 0,
      answers: {},
    },
  ],
  ranking: [
    {
      themeCode: "inclusion-mediation",
      label: "Inclusion et médiation numérique",
      rank: 1,
      score: 16 / 3,
      explanation: "Somme de 2 contribution(s) issues de 1 réponse(s).",
      topContributions: [
        {
          responseId: "resp-cd",
          organisation: "Conseil départemental de la Creuse",
          questionId: "classement",
          questionLabel: "Classez vos priorités",
          value: ["inclusion", "sante", "tiers-lieux"],
          contribution: 3,
        },
        {
          responseId: "resp-cd",
          organisation: "Conseil départemental de la Creuse",
          questionId: "usages",
          questionLabel: "Quels usages voulez-vous développer ?",
          value: ["mediation", "coworking"],
          contribution: 2.333333,
        },
      ],
    },
    {
      themeCode: "e-sante",
      label: "E-santé et téléconsultation",
      rank: 2,
      score: 5,
      explanation: "Somme de 2 contribution(s) issues de 2 réponse(s).",
      topContributions: [
        {
          responseId: "resp-epci",
          organisation: "CC Creuse Grand Sud",
          questionId: "classement",
          questionLabel: "Classez vos priorités",
          value: ["sante"],
          contribution: 3,
        },
      ],
    },
    { themeCode: "tiers-lieux", label: "Tiers-lieux", rank: 3, score: 0, explanation: "Aucune réponse ne porte sur ce thème.", topContributions: [] },
  ],
  participation: [
    { actorType: "conseil-departemental", invited: 1, responded: 1 },
    { actorType: "epci", invited: 1, responded: 1 },
    { actorType: "tiers-lieu", invited: 1, responded: 0 },
  ],
};

const answersHeader = [
  "Organisation",
  "Type d'acteur",
  "Territoire",
  "Contact",
  "Date de soumission",
  "Révision",
  "Quel est le rôle de votre structure ?",
  "Territoires couverts",
  "Nombre d'agents",
  "Quels usages voulez-vous développer ?",
  "Maturité numérique du territoire",
  "Classez vos priorités",
  "Décrivez un projet",
];

const rankingHeader = ["Rang", "Thème", "Score", "Explication", "Principales contributions"];

/** A strict reader for what a spreadsheet would read: `;` fields, CRLF records, RFC 4180 quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') {
        field += char;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ";") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (char === "\r" || char === "\n" || char === '"') {
      throw new Error(`Unexpected ${JSON.stringify(char)} outside quotes at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted || field !== "" || record.length > 0) throw new Error("The CSV does not end with CRLF");
  return records;
}

function readCsv(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parseCsv(csv.slice(1));
}

async function readWorkbook(source: CampaignExportData): Promise<ExcelJS.Workbook> {
  const buffer = await campaignWorkbook(source);
  return new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("answers CSV", () => {
  it("opens in French Excel: UTF-8 BOM, semicolons, CRLF line ends, one line per invitation", () => {
    const csv = answersCsv(data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${answersHeader.join(";")}`);
    const records = readCsv(csv);
    expect(records[0]).toEqual(answersHeader);
    expect(records).toHaveLength(1 + data.rows.length);
  });

  it("shows each answer as a person reads it: labels, numbered ranking, territory names with their code, free text intact", () => {
    const [, claire] = readCsv(answersCsv(data));
    expect(claire).toEqual([
      "Conseil départemental de la Creuse",
      "Conseil départemental",
      "Creuse",
      "Claire Martin <claire.martin@creuse.fr>",
      "2025-03-10T09:30:00.000Z",
      "2",
      "Financeur",
      // 200067213 is the Grand Reims: not a territory of the Creuse, it keeps its bare code.
      "Guéret (23096) ; 200067213",
      "1200",
      "Médiation numérique ; Coworking",
      "3 sur 5",
      "1. Inclusion ; 2. Santé ; 3. Tiers-lieux",
      projectText,
    ]);
  });

  it("keeps an invitation that was never answered, with its organisation and empty answers", () => {
    const records = readCsv(answersCsv(data));
    const unanswered = records[3]!;
    expect(unanswered.slice(0, 6)).toEqual(["La Quincaillerie", "Tiers-lieu", "", "Paul Roux", "", "0"]);
    expect(unanswered.slice(6)).toEqual(Array(7).fill(""));
  });

  it("neutralises free text that a spreadsheet would run as a formula", () => {
    const [, , epci] = readCsv(answersCsv(data));
    expect(epci!.at(-1)).toBe(`'=HYPERLINK("http://x.example","clic")`);
    expect(epci![3]).toBe("numerique@creuse-grand-sud.fr");
  });

  it("neutralises every formula-like start, including organisation names, but keeps ordinary text", () => {
    const organisations = ["+33 5 55", "-moins", "@mention", "\tTabulée", "=1+1", "Mairie de Guéret"];
    const rows = organisations.map((organisation, i) => ({ ...data.rows[2]!, invitationId: `inv-${i}`, organisation }));
    const records = readCsv(answersCsv({ ...data, rows }));
    expect(records.slice(1).map((r) => r[0])).toEqual(["'+33 5 55", "'-moins", "'@mention", "'\tTabulée", "'=1+1", "Mairie de Guéret"]);
  });
});

describe("ranking CSV", () => {
  it("lists themes by rank with a dot-decimal score rounded to 2 places and the answers that weighed most", () => {
    const records = readCsv(rankingCsv(data));
    expect(records[0]).toEqual(rankingHeader);
    expect(records[1]).toEqual([
      "1",
      "Inclusion et médiation numérique",
      "5.33",
      "Somme de 2 contribution(s) issues de 1 réponse(s).",
      "Conseil départemental de la Creuse — Classez vos priorités : 1. Inclusion ; 2. Santé ; 3. Tiers-lieux (3)" +
        " | Conseil départemental de la Creuse — Quels usages voulez-vous développer ? : Médiation numérique ; Coworking (2.33)",
    ]);
    expect(records.slice(2).map((r) => r.slice(0, 3))).toEqual([
      ["2", "E-santé et téléconsultation", "5"],
      ["3", "Tiers-lieux", "0"],
    ]);
    expect(records[3]![4]).toBe("");
  });

  it("has only its header while the campaign is open and not ranked yet", () => {
    const csv = rankingCsv({ ...data, ranking: null });
    expect(csv).toBe(`\uFEFF${rankingHeader.join(";")}\r\n`);
  });
});

describe("campaign workbook", () => {
  it("has the answers, ranking, participation and campaign sheets, written by Tétris", async () => {
    const workbook = await readWorkbook(data);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Réponses", "Classement", "Participation", "Campagne"]);
    expect(workbook.creator).toBe("Tétris");
  });

  it("shows the answers as the CSV does, under a bold frozen header", async () => {
    const sheet = (await readWorkbook(data)).getWorksheet("Réponses")!;
    expect(sheetRows(sheet)[0]).toEqual(answersHeader);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("J2").value).toBe("Médiation numérique ; Coworking");
    expect(sheet.getCell("M2").value).toBe(projectText);
    expect(sheet.getCell("M2").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("F2").value).toBe(2);
    expect(sheet.getCell("M3").value).toBe(`'=HYPERLINK("http://x.example","clic")`);
    expect(sheet.getColumn("M").width).toBeLessThanOrEqual(50);
  });

  it("ranks the themes with numeric scores, as the ranking CSV", async () => {
    const rows = sheetRows((await readWorkbook(data)).getWorksheet("Classement")!);
    expect(rows[0]).toEqual(rankingHeader);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      [1, "Inclusion et médiation numérique", 5.33],
      [2, "E-santé et téléconsultation", 5],
      [3, "Tiers-lieux", 0],
    ]);
  });

  it("says the ranking comes at closing while the campaign is open", async () => {
    const rows = sheetRows((await readWorkbook({ ...data, ranking: null })).getWorksheet("Classement")!);
    expect(rows).toEqual([["Le classement est calculé à la clôture de la campagne."]]);
  });

  it("gives the response rate per actor type and overall as a percentage", async () => {
    const sheet = (await readWorkbook(data)).getWorksheet("Participation")!;
    expect(sheetRows(sheet)).toEqual([
      ["Type d'acteur", "Invités", "Répondants", "Taux de réponse"],
      ["Conseil départemental", 1, 1, 1],
      ["EPCI (intercommunalité)", 1, 1, 1],
      ["Tiers-lieu", 1, 0, 0],
      ["Total", 3, 2, 2 / 3],
    ]);
    expect(sheet.getCell("D4").numFmt).toBe("0%");
    expect(sheet.getCell("D5").numFmt).toBe("0%");
  });

  it("describes the campaign in French", async () => {
    const rows = sheetRows((await readWorkbook(data)).getWorksheet("Campagne")!);
    expect(rows).toEqual([
      ["Titre", "Cadrage Creuse 2025"],
      ["Questionnaire", "Questionnaire de cadrage (version 3)"],
      ["Dossier", "case-23-1"],
      ["Département", "23"],
      ["Ouverture", "2025-03-01T08:00:00.000Z"],
      ["Clôture", "2025-03-31T21:59:00.000Z"],
      ["Statut", "Clôturée"],
    ]);
  });
});
