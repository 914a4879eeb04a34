import PDFDocument from "pdfkit";
import {
  body,
  bullet,
  colors,
  contentWidth,
  documentOptions,
  ensureSpace,
  fact,
  fonts,
  footers,
  heading,
  margins,
  paragraph,
  pdfBytes,
  pdfText,
  table,
} from "@tetris/shared";
import type { WorkshopReportData } from "./report-data.js";
import {
  attendanceSummary,
  blockersLabel,
  candidatesByVotes,
  countLabel,
  emptyStates,
  facilitatorsLabel,
  formatBudget,
  formatDay,
  formatGeneratedAt,
  formatInteger,
  kindLabel,
  maturityLabel,
  orDash,
  presenceLabel,
  reportTitle,
  scoreLabel,
  sectionTitles,
  statusLabel,
  territoriesLabel,
  votesLabel,
} from "./report-text.js";

type Doc = PDFKit.PDFDocument;

/** The day's report as an A4 PDF: the same parts, in the same order, as the HTML page. */
export function workshopReportPdf(data: WorkshopReportData): Promise<Buffer> {
  const { workshop } = data;
  const title = reportTitle(workshop);
  const doc = new PDFDocument(
    documentOptions({
      Title: title,
      Subject: `${workshop.title} — ${formatDay(workshop.date)} — dossier ${workshop.caseId}`,
      Keywords: `Tétris, ANCT, journée d'ateliers, ${workshop.departmentName}, besoins, fiches projet`,
      CreationDate: workshop.generatedAt,
    }),
  );
  const pdf = pdfBytes(doc);
  titleBlock(doc, data);
  sessionsPart(doc, data.sessions);
  attendancePart(doc, data.attendance);
  doc.addPage();
  needsPart(doc, data.needsByTheme);
  doc.addPage();
  candidatesPart(doc, data.candidates);
  footers(doc, `Tétris · ${title}`);
  doc.end();
  return pdf;
}

function titleBlock(doc: Doc, { workshop }: WorkshopReportData): void {
  paragraph(doc, "TÉTRIS · AGENCE NATIONALE DE LA COHÉSION DES TERRITOIRES", { size: 8, font: fonts.bold });
  doc.moveDown(0.6);
  heading(doc, reportTitle(workshop), 1);
  paragraph(doc, workshop.title, { size: 12, color: colors.muted });
  doc.moveDown(0.6);
  fact(doc, "Date", formatDay(workshop.date));
  fact(doc, "Lieu", workshop.venue?.trim() || "Lieu à préciser");
  fact(doc, "Dossier", workshop.caseId);
  fact(doc, "Statut", statusLabel(workshop.status));
  fact(doc, "Document généré le", formatGeneratedAt(workshop.generatedAt, workshop.departmentCode));
  doc.moveDown(1);
}

function part(doc: Doc, title: string): void {
  doc.outline.addItem(title);
  heading(doc, title, 2);
}

function sessionsPart(doc: Doc, sessions: WorkshopReportData["sessions"]): void {
  part(doc, sectionTitles.sessions);
  if (sessions.length === 0) return empty(doc, emptyStates.sessions);
  table(
    doc,
    [
      { label: "Atelier", share: 0.2 },
      { label: "Thème", share: 0.18 },
      { label: "Horaire", share: 0.12 },
      { label: "Salle", share: 0.11 },
      { label: "Animateurs", share: 0.19 },
      { label: "Inscrits", share: 0.1, align: "right" },
      { label: "Présents", share: 0.1, align: "right" },
    ],
    sessions.map((s) => [
      s.title,
      s.themeLabel,
      orDash(s.slot),
      orDash(s.room),
      facilitatorsLabel(s.facilitators),
      formatInteger(s.registered),
      formatInteger(s.present),
    ]),
  );
}

function attendancePart(doc: Doc, attendance: WorkshopReportData["attendance"]): void {
  doc.moveDown(0.5);
  part(doc, sectionTitles.attendance);
  paragraph(doc, attendanceSummary(attendance), { font: fonts.bold });
  doc.moveDown(0.3);
  if (attendance.participants.length === 0) return empty(doc, emptyStates.participants);
  table(
    doc,
    [
      { label: "Participant", share: 0.34 },
      { label: "Organisation", share: 0.5 },
      { label: "Présence", share: 0.16 },
    ],
    attendance.participants.map((p) => [p.name, p.organisation, presenceLabel(p.present)]),
  );
}

function needsPart(doc: Doc, themes: WorkshopReportData["needsByTheme"]): void {
  part(doc, sectionTitles.needs);
  if (!themes.some((theme) => theme.needs.length > 0)) return empty(doc, emptyStates.needs);
  for (const theme of themes) {
    heading(doc, `${theme.themeLabel} (${countLabel(theme.needs.length, "besoin", "besoins")})`, 3);
    if (theme.needs.length === 0) empty(doc, emptyStates.themeNeeds);
    for (const need of theme.needs) needBlock(doc, need);
  }
}

/** One need: its statement, then its scores, territories and blockers, with a tinted bar on the left. */
function needBlock(doc: Doc, need: WorkshopReportData["needsByTheme"][number]["needs"][number]): void {
  const indent = 10;
  const width = contentWidth(doc) - indent;
  const lines: { text: string; size: number; font: string; color: string }[] = [
    { text: need.statement, size: 10, font: fonts.bold, color: colors.text },
    { text: `${scoreLabel(need.urgency, need.impact)} · Territoires : ${territoriesLabel(need.territories)}`, size: 9, font: fonts.regular, color: colors.muted },
    { text: `Freins : ${blockersLabel(need.blockers)}`, size: 9, font: fonts.regular, color: colors.text },
  ];
  const measure = (line: (typeof lines)[number]): number =>
    doc.font(line.font).fontSize(line.size).heightOfString(pdfText(line.text), { width, lineGap: 1.5 }) + 2;
  const height = lines.reduce((sum, line) => sum + measure(line), 0);
  ensureSpace(doc, height + 8);
  const top = doc.y;
  for (const line of lines) {
    body(doc, line.size, line.color, line.font).text(pdfText(line.text), margins.left + indent, doc.y, { width, lineGap: 1.5 });
    doc.y += 2;
  }
  // A block longer than a page flows on; the bar then marks only its last part.
  const barTop = doc.y > top ? top : margins.top;
  doc.rect(margins.left, barTop, 3, doc.y - barTop).fill(colors.bar);
  doc.y += 8;
  body(doc);
}

function candidatesPart(doc: Doc, candidates: WorkshopReportData["candidates"]): void {
  part(doc, sectionTitles.candidates);
  if (candidates.length === 0) return empty(doc, emptyStates.candidates);
  paragraph(doc, "Classées par nombre de votes.", { size: 9, color: colors.muted });
  doc.moveDown(0.5);
  candidatesByVotes(candidates).forEach((candidate, index) => candidateBlock(doc, candidate, index + 1));
}

function candidateBlock(doc: Doc, c: WorkshopReportData["candidates"][number], rank: number): void {
  ensureSpace(doc, 130);
  const width = contentWidth(doc);
  const votesWidth = 70;
  const top = doc.y;
  doc.moveTo(margins.left, top).lineTo(margins.left + width, top).lineWidth(2).strokeColor(colors.blue).stroke();
  doc.y = top + 6;
  body(doc, 10, colors.blue, fonts.bold).text(pdfText(votesLabel(c.votes)), margins.left + width - votesWidth, doc.y, {
    width: votesWidth,
    align: "right",
    lineBreak: false,
  });
  body(doc, 12, colors.blue, fonts.bold).text(pdfText(`${rank}. ${c.title}`), margins.left, top + 6, {
    width: width - votesWidth - 10,
    lineGap: 1.5,
  });
  doc.moveDown(0.3);
  fact(doc, "Porteur", c.leadOrganisation);
  fact(doc, "Nature", kindLabel(c.kind));
  fact(doc, "Maturité", maturityLabel(c.maturity));
  fact(doc, "Budget estimé", formatBudget(c.budget));
  doc.moveDown(0.3);
  paragraph(doc, "Besoins auxquels elle répond", { size: 9.5, font: fonts.bold, color: colors.blue });
  if (c.needStatements.length === 0) empty(doc, emptyStates.candidateNeeds);
  for (const statement of c.needStatements) bullet(doc, statement);
  doc.moveDown(1.2);
}

function empty(doc: Doc, message: string): void {
  paragraph(doc, message, { size: 10, color: colors.muted, font: fonts.italic });
  doc.moveDown(0.5);
}
