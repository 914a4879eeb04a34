import { invalidFields, linkDownloadRoute, type Logger } from "@tetris/shared";
import type { Express, Request } from "express";
import type { QuestionnaireDeps } from "../application/deps.js";
import { submissionReceipt } from "../application/receipt/receipt-data.js";
import { receiptPdf } from "../application/receipt/receipt-pdf.js";
import { receiptFilename } from "../application/receipt/receipt-text.js";

/**
 * A respondent's receipt: `GET /respondent/receipt.pdf?token=<token>&revision=<n>` (without a
 * revision, the one that counts). The invitation token is the authority, as for `respondent.*`;
 * a plain link rather than a procedure so that the page can offer it as a download.
 */
export function receiptRoutes(deps: QuestionnaireDeps, logger: Logger) {
  return (app: Express) =>
    linkDownloadRoute(app, "/respondent/receipt.pdf", { logger }, async (req) => {
      const { token, revision } = receiptQuery(req);
      const receipt = await submissionReceipt(deps, token, revision);
      return { contentType: "application/pdf", filename: receiptFilename(receipt.revision), body: await receiptPdf(receipt) };
    });
}

/** Each parameter once, as text: a repeated one (`?token=a&token=b`) is as wrong as a missing one. */
function receiptQuery(req: Request): { token: string; revision: number | undefined } {
  const { token, revision } = req.query;
  if (typeof token !== "string" || token === "")
    invalidFields([{ path: "token", message: "le lien d'invitation (paramètre token) est requis, une seule fois" }]);
  if (revision === undefined) return { token, revision: undefined };
  if (typeof revision !== "string" || !/^[1-9][0-9]{0,14}$/.test(revision))
    invalidFields([{ path: "revision", message: "un numéro de version, entier positif, est attendu" }]);
  return { token, revision: Number(revision) };
}
