import { downloadRoute, type Logger } from "@tetris/shared";
import type { Express } from "express";
import type { WorkshopsDeps } from "../application/deps.js";
import { gatherWorkshopReport } from "../application/report/gather-report.js";
import { workshopReportHtml } from "../application/report/report-html.js";
import { workshopReportPdf } from "../application/report/report-pdf.js";

/** The day's report (compte rendu): `/reports/workshops/<id>.html` to print, `.pdf` to file. */
export function reportRoutes(deps: WorkshopsDeps, authSecret: string, logger: Logger) {
  return (app: Express) =>
    downloadRoute(app, "/reports/workshops/:file", { authSecret, logger, inline: true }, async (req, principal) => {
      const match = /^(.+)\.(html|pdf)$/.exec(req.params.file!);
      if (!match) return null;
      const [, workshopId, format] = match;
      const data = await gatherWorkshopReport(deps, workshopId!, principal);
      const filename = `compte-rendu-${data.workshop.caseId}.${format}`;
      return format === "html"
        ? { contentType: "text/html; charset=utf-8", filename, body: workshopReportHtml(data) }
        : { contentType: "application/pdf", filename, body: await workshopReportPdf(data) };
    });
}
