import { downloadRoute, type Logger } from "@tetris/shared";
import { TRPCError } from "@trpc/server";
import type { Express } from "express";
import type { ProjectsDeps } from "../application/deps.js";
import { nationalCsv, nationalWorkbook } from "../application/national/national-export.js";
import { nationalView } from "../application/national/national-view.js";

/** ANCT's national view as files: `/exports/national.csv` and `/exports/national.xlsx`. */
export function nationalExportRoutes(deps: ProjectsDeps, authSecret: string, logger: Logger) {
  return (app: Express) =>
    downloadRoute(app, "/exports/:file", { authSecret, logger }, async (req, principal) => {
      const format = /^national\.(csv|xlsx)$/.exec(req.params.file!)?.[1];
      if (!format) return null;
      if (principal.role !== "anct") throw new TRPCError({ code: "FORBIDDEN", message: "La vue nationale est réservée à l'ANCT" });
      const view = await nationalView(deps);
      const date = view.generatedAt.toISOString().slice(0, 10);
      return format === "csv"
        ? { contentType: "text/csv; charset=utf-8", filename: `tetris-national-${date}.csv`, body: nationalCsv(view) }
        : { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename: `tetris-national-${date}.xlsx`, body: await nationalWorkbook(view) };
    });
}
