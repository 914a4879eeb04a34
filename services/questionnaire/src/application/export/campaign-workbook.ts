import { addTableSheet, safeCell } from "@tetris/shared";
import ExcelJS from "exceljs";
import { actorTypeLabels } from "./actor-type-labels.js";
import { answersTable, rankingTable } from "./campaign-csv.js";
import type { CampaignExportData } from "./export-data.js";

const RANKING_PENDING = "Le classement est calculé à la clôture de la campagne.";
const STATUS_LABELS = { open: "Ouverte", closed: "Clôturée" } as const;
const VALUE_WIDTH = 50;

/** The whole campaign in one workbook: answers, ranking, participation and the campaign itself. */
export async function campaignWorkbook(data: CampaignExportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tétris";
  addTableSheet(workbook, "Réponses", answersTable(data));
  if (data.ranking) addTableSheet(workbook, "Classement", rankingTable(data));
  else workbook.addWorksheet("Classement").addRow([RANKING_PENDING]);
  addParticipationSheet(workbook, data.participation);
  addCampaignSheet(workbook, data);
  // exceljs types its result as an ArrayBuffer-like of its own; callers want a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addParticipationSheet(workbook: ExcelJS.Workbook, participation: CampaignExportData["participation"]): void {
  const invited = participation.reduce((sum, p) => sum + p.invited, 0);
  const responded = participation.reduce((sum, p) => sum + p.responded, 0);
  const sheet = addTableSheet(workbook, "Participation", {
    header: ["Type d'acteur", "Invités", "Répondants", "Taux de réponse"],
    rows: [
      ...participation.map((p) => [actorTypeLabels[p.actorType], p.invited, p.responded, rate(p.responded, p.invited)]),
      ["Total", invited, responded, rate(responded, invited)],
    ],
  });
  sheet.lastRow!.font = { bold: true };
  sheet.getColumn(4).eachCell((cell, rowNumber) => {
    if (rowNumber > 1) cell.numFmt = "0%";
  });
}

function addCampaignSheet(workbook: ExcelJS.Workbook, { campaign, template }: CampaignExportData): void {
  const sheet = workbook.addWorksheet("Campagne");
  sheet.addRows(
    [
      ["Titre", campaign.title],
      ["Questionnaire", `${template.title} (version ${template.version})`],
      ["Dossier", campaign.caseId],
      ["Département", campaign.departmentCode],
      ["Ouverture", campaign.opensAt.toISOString()],
      ["Clôture", campaign.closesAt.toISOString()],
      ["Statut", STATUS_LABELS[campaign.status]],
    ].map((row) => row.map(safeCell)),
  );
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = VALUE_WIDTH;
}

/** No invitation of a type gives no rate rather than a division by zero. */
function rate(responded: number, invited: number): number | null {
  return invited === 0 ? null : responded / invited;
}
