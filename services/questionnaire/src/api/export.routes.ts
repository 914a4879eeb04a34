import { TRPCError } from "@trpc/server";
import { bearerPrincipal, InvalidTokenError, type Logger } from "@tetris/shared";
import type { Express, Request, Response } from "express";
import { answersCsv, rankingCsv } from "../application/export/campaign-csv.js";
import { campaignWorkbook } from "../application/export/campaign-workbook.js";
import { campaignExportData } from "../application/export/export-campaign.js";
import type { QuestionnaireDeps } from "../application/deps.js";

const statusOf: Partial<Record<TRPCError["code"], number>> = { NOT_FOUND: 404, FORBIDDEN: 403, BAD_REQUEST: 400 };

/**
 * Downloads of a campaign's answers and ranking (files, hence plain HTTP beside tRPC), with
 * the same bearer token and département check as the API.
 */
export function exportRoutes(deps: QuestionnaireDeps, authSecret: string, logger: Logger) {
  const formats = {
    "answers.csv": { type: "text/csv; charset=utf-8", build: async (d: Parameters<typeof answersCsv>[0]) => answersCsv(d) },
    "ranking.csv": { type: "text/csv; charset=utf-8", build: async (d: Parameters<typeof rankingCsv>[0]) => rankingCsv(d) },
    "campaign.xlsx": {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      build: (d: Parameters<typeof campaignWorkbook>[0]) => campaignWorkbook(d),
    },
  } as const;

  return (app: Express) => {
    app.get("/exports/campaigns/:campaignId/:file", async (req: Request<{ campaignId: string; file: string }>, res: Response) => {
      const format = formats[req.params.file as keyof typeof formats];
      if (!format) return res.status(404).json({ error: "Export inconnu : answers.csv, ranking.csv ou campaign.xlsx" });
      try {
        const principal = await bearerPrincipal(authSecret, req);
        if (!principal) return res.status(401).json({ error: "Authentification requise (jeton porteur)" });
        const data = await campaignExportData(deps, req.params.campaignId, principal);
        const body = await format.build(data);
        const filename = `${data.campaign.caseId}-${req.params.file}`;
        res.status(200).type(format.type).setHeader("content-disposition", `attachment; filename="${filename}"`).send(body);
      } catch (err) {
        if (err instanceof InvalidTokenError) return res.status(401).json({ error: err.message });
        if (err instanceof TRPCError && statusOf[err.code]) return res.status(statusOf[err.code]!).json({ error: err.message });
        logger.error({ err }, "export failed");
        res.status(500).json({ error: "Erreur interne" });
      }
    });
  };
}
