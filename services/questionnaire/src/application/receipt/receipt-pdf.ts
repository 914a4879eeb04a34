import { body, colors, contentWidth, documentOptions, ensureSpace, fact, fonts, footers, heading, margins, paragraph, pdfBytes, pdfText } from "@tetris/shared";
import PDFDocument from "pdfkit";
import type { ReceiptData } from "./receipt-data.js";
import { closingSentence, receiptTitle, replacedLine, sentLine, unanswered, versionLine } from "./receipt-text.js";

type Doc = PDFKit.PDFDocument;

/** A respondent's receipt as an A4 PDF: who sent which version when, then every answer they were asked for. */
export function receiptPdf(receipt: ReceiptData): Promise<Buffer> {
  const doc = new PDFDocument(
    documentOptions({
      Title: `${receiptTitle} — ${receipt.campaignTitle} — ${receipt.organisation}`,
      Subject: `${versionLine(receipt.revision)} — ${receipt.reference}`,
    }),
  );
  const pdf = pdfBytes(doc);
  titleBlock(doc, receipt);
  for (const section of receipt.sections) {
    heading(doc, section.title, 2);
    for (const answer of section.answers) answerBlock(doc, answer);
    doc.moveDown(0.5);
  }
  ensureSpace(doc, 60);
  doc.moveDown(0.5);
  paragraph(doc, closingSentence(receipt.closesAt, receipt.amendable), { font: fonts.bold });
  footers(doc, `Tétris · ${receiptTitle} · ${receipt.reference}`);
  doc.end();
  return pdf;
}

function titleBlock(doc: Doc, receipt: ReceiptData): void {
  paragraph(doc, "TÉTRIS · AGENCE NATIONALE DE LA COHÉSION DES TERRITOIRES", { size: 8, font: fonts.bold });
  doc.moveDown(0.6);
  heading(doc, receiptTitle, 1);
  paragraph(doc, receipt.campaignTitle, { size: 12, color: colors.muted });
  doc.moveDown(0.6);
  fact(doc, "Département", `${receipt.departmentName} (${receipt.departmentCode})`);
  fact(doc, "Organisation", receipt.organisation);
  fact(doc, "Référence", receipt.reference);
  doc.moveDown(0.4);
  paragraph(doc, sentLine(receipt.submittedAt), { font: fonts.bold });
  paragraph(doc, versionLine(receipt.revision), { font: fonts.bold });
  if (receipt.replacedBy !== null) paragraph(doc, replacedLine(receipt.replacedBy), { color: colors.muted });
  doc.moveDown(1);
}

/** A question's label, then the answer indented under it; the pair starts on the same page. */
function answerBlock(doc: Doc, answer: ReceiptData["sections"][number]["answers"][number]): void {
  const indent = 12;
  const width = contentWidth(doc) - indent;
  const label = pdfText(answer.label);
  const text = pdfText(answer.text ?? unanswered);
  const labelHeight = doc.font(fonts.bold).fontSize(10).heightOfString(label, { width: contentWidth(doc), lineGap: 1.5 });
  const textHeight = doc.font(fonts.regular).fontSize(10).heightOfString(text, { width, lineGap: 1.5 });
  // A long free text may flow onto the next page; only its first lines are kept with the label.
  ensureSpace(doc, labelHeight + Math.min(textHeight, 60) + 8);
  body(doc, 10, colors.text, fonts.bold).text(label, margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.y += 2;
  const style = answer.text === null ? { color: colors.muted, font: fonts.italic } : { color: colors.text, font: fonts.regular };
  body(doc, 10, style.color, style.font).text(text, margins.left + indent, doc.y, { width, lineGap: 1.5 });
  doc.y += 8;
  body(doc);
}
