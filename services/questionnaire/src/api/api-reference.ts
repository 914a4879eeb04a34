import { renderApiDocs } from "@tetris/shared";
import type { QuestionnaireDeps } from "../application/deps.js";
import { questionnaireRouter } from "./app.router.js";

/** The questionnaire's API reference (docs/api/questionnaire.md), rendered from its router. */
export function questionnaireApiReference(): string {
  return renderApiDocs({
    service: "Questionnaire",
    port: 4101,
    router: questionnaireRouter({} as QuestionnaireDeps),
    intro: [
      "The framing questionnaire: ANCT writes versioned templates; the préfecture (or ANCT) opens one campaign per case,",
      "invites the local actors and follows their answers; each actor answers from a secret invitation link, without an account;",
      "closing ranks the themes and emits `CampaignClosed`.",
      "",
      "Besides tRPC, the exports are plain downloads with the same bearer token:",
      "`GET /exports/campaigns/<campaignId>/answers.csv`, `.../ranking.csv` and `.../campaign.xlsx`",
      "(CSV in UTF-8 with BOM and `;` separators, for French spreadsheet software).",
      "A respondent's link is the web page `/repondre/<token>`; its API is `respondent.*` with that token.",
      "With the same token, `GET /respondent/receipt.pdf?token=<token>&revision=<n>` downloads the receipt of a submission",
      "(a PDF of the answers with their date and version; without `revision`, the one that counts), even once the link is",
      "revoked or the campaign closed: 400 for a missing token or a revision that is not a positive integer, 404 for an",
      "unknown link, no submission yet or a version never sent.",
    ].join("\n"),
  });
}
