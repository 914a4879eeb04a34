import { downloadRoute, type Logger } from "@tetris/shared";
import type { Express } from "express";
import type { QuestionnaireDeps } from "../application/deps.js";
import { answersCsv, rankingCsv } from "../application/export/campaign-csv.js";
import { campaignWorkbook } from "../application/export/campaign-workbook.js";
import type { CampaignExportData } from "../application/export/export-data.js";
import { campaignExportData } from "../application/export/export-campaign.js";

const formats: Record<string, { contentType: string; build: (data: CampaignExportData) => Promise<string | Buffer> }> = {
  "answers.csv": { contentType: "text/csv; charset=utf-8", build: async (d) => answersCsv(d) },
  "ranking.csv": { contentType: "text/csv; charset=utf-8", build: async (d) => rankingCsv(d) },
  "campaign.xlsx": { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", build: campaignWorkbook },
};

/** Downloads of a campaign's answers and ranking: `/exports/campaigns/<id>/answers.csv|ranking.csv|campaign.xlsx`. */
export function exportRoutes(deps: QuestionnaireDeps, authSecret: string, logger: Logger) {
  return (app: Express) =>
    downloadRoute(app, "/exports/campaigns/:campaignId/:file", { authSecret, logger }, async (req, principal) => {
      const format = formats[req.params.file!];
      if (!format) return null;
      const data = await campaignExportData(deps, req.params.campaignId!, principal);
      return { contentType: format.contentType, filename: `${data.campaign.caseId}-${req.params.file}`, body: await format.build(data) };
    });
}
