/// <reference types="pdfkit" preserve="true" />
/**
 * Small drawing primitives for the services' PDF documents (the workshop day's report, a respondent's
 * receipt), in the State's sober style: text that the standard fonts can encode, headings, facts, tables,
 * footers. Types only from pdfkit: each service that prints creates its own document, so the services that
 * print nothing never load pdfkit.
 */

export const colors = { blue: "#000091", text: "#161616", muted: "#666666", line: "#dddddd", tint: "#e3e3fd", bar: "#cacafb" };
export const fonts = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
export const margins = { top: 56, bottom: 64, left: 50, right: 50 };

/**
 * What every Tétris PDF is: A4, French, its title shown by the reader, its pages kept until the
 * footers are drawn. `new PDFDocument(documentOptions(info))`: pdfkit itself stays in the services that print.
 */
export function documentOptions(info: { Title: string; Subject: string; Keywords?: string; CreationDate?: Date }) {
  return {
    size: "A4",
    margins,
    bufferPages: true,
    lang: "fr-FR",
    displayTitle: true,
    info: { ...info, Author: "Tétris", Creator: "Tétris — ANCT" },
  } satisfies PDFKit.PDFDocumentOptions;
}

// The standard PDF fonts speak WinAnsi (Latin-1 plus a few characters such as € œ Œ « » – — …); pdfkit writes
// anything else as garbage, so people's text is brought into that set first.
const winAnsiExtras = new Set("ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜");
const encodable = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};
// Letters that no decomposition brings back to Latin-1 (Polish, Croatian, Turkish names), and a few signs.
const lookalikes: Record<string, string> = {
  "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2032": "'", "\u2033": '"',
  Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i", Ħ: "H", ħ: "h",
};

/**
 * Text as the standard fonts can print it: narrow no-break spaces become no-break spaces, accents outside
 * Latin-1 are dropped (ő → o), emoji and invisible characters disappear, anything else becomes "?".
 */
export function pdfText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (encodable(char)) out += char;
    else if (char === "\u202f" || char === "\u2007") out += "\u00a0";
    else if (/\s/.test(char)) out += " ";
    else if (lookalikes[char]) out += lookalikes[char];
    else if (/[\p{Cc}\p{Cf}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{M}\u{fe00}-\u{fe0f}]/u.test(char)) continue;
    else {
      const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += plain !== "" && [...plain].every(encodable) ? plain : "?";
    }
  }
  return out;
}

export const contentWidth = (doc: PDFKit.PDFDocument): number => doc.page.width - margins.left - margins.right;
const pageBottom = (doc: PDFKit.PDFDocument): number => doc.page.height - margins.bottom;
const usableHeight = (doc: PDFKit.PDFDocument): number => doc.page.height - margins.top - margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
  doc.x = margins.left;
}

export function heading(doc: PDFKit.PDFDocument, text: string, level: 1 | 2 | 3): void {
  const size = { 1: 18, 2: 15, 3: 12 }[level];
  // A heading never ends a page alone: keep room for a few lines after it.
  ensureSpace(doc, size * 2 + 60);
  if (level === 3) doc.moveDown(0.6);
  doc.font(fonts.bold).fontSize(size).fillColor(colors.blue);
  doc.text(pdfText(text), margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
  if (level === 2) {
    const y = doc.y + 2;
    doc.moveTo(margins.left, y).lineTo(margins.left + contentWidth(doc), y).lineWidth(1.5).strokeColor(colors.blue).stroke();
    doc.y = y + 8;
  } else doc.moveDown(0.3);
  body(doc);
}

/** Back to the body style: 10 pt Helvetica, dark text, left margin. */
export function body(doc: PDFKit.PDFDocument, size = 10, color = colors.text, font = fonts.regular): PDFKit.PDFDocument {
  doc.x = margins.left;
  return doc.font(font).fontSize(size).fillColor(color);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string, options: { size?: number; color?: string; font?: string } = {}): void {
  body(doc, options.size, options.color, options.font).text(pdfText(text), margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
}

/** "Label : value" on one line, the label in bold. */
export function fact(doc: PDFKit.PDFDocument, label: string, value: string, x = margins.left): void {
  body(doc, 10, colors.muted, fonts.bold).text(`${pdfText(label)} : `, x, doc.y, { continued: true, lineGap: 2, width: contentWidth(doc) - (x - margins.left) });
  doc.font(fonts.regular).fillColor(colors.text).text(pdfText(value));
}

export interface Column {
  label: string;
  /** Share of the content width; the shares of a table add up to 1. */
  share: number;
  align?: "left" | "right";
}

const cellPadding = 4;

/** A table with its header repeated on every page it spans; each row stays on one page. */
export function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][]): void {
  const width = contentWidth(doc);
  const widths = columns.map((c) => c.share * width);
  const drawRow = (cells: string[], header: boolean): void => {
    doc.font(header ? fonts.bold : fonts.regular).fontSize(9);
    const maxHeight = usableHeight(doc) - 40;
    const heights = cells.map((cell, i) =>
      doc.heightOfString(pdfText(cell), { width: (widths[i] ?? 0) - 2 * cellPadding, lineGap: 1 }),
    );
    const height = Math.min(Math.max(...heights), maxHeight) + 2 * cellPadding;
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      if (!header) drawRow(columns.map((c) => c.label), true);
    }
    const top = doc.y;
    if (header) doc.rect(margins.left, top, width, height).fill(colors.tint);
    doc.font(header ? fonts.bold : fonts.regular).fontSize(9).fillColor(header ? colors.blue : colors.text);
    let x = margins.left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.text(pdfText(cell), x + cellPadding, top + cellPadding, {
        width: w - 2 * cellPadding,
        height: height - 2 * cellPadding,
        ellipsis: true,
        lineGap: 1,
        align: columns[i]?.align ?? "left",
      });
      x += w;
    });
    doc.moveTo(margins.left, top + height).lineTo(margins.left + width, top + height).lineWidth(0.5).strokeColor(colors.line).stroke();
    doc.x = margins.left;
    doc.y = top + height;
  };
  ensureSpace(doc, 60);
  drawRow(columns.map((c) => c.label), true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.5);
}

/** "• text" with the wrapped lines aligned on the text, not under the bullet. */
export function bullet(doc: PDFKit.PDFDocument, text: string, indent = 12): void {
  body(doc, 9.5);
  const width = contentWidth(doc) - indent - 10;
  ensureSpace(doc, doc.heightOfString(pdfText(text), { width, lineGap: 1.5 }));
  const top = doc.y;
  doc.text("•", margins.left + indent, top, { lineBreak: false });
  doc.text(pdfText(text), margins.left + indent + 10, top, { width, lineGap: 1.5 });
  doc.x = margins.left;
}

/** Writes "Page n / N" and a credit line at the foot of every buffered page. */
export function footers(doc: PDFKit.PDFDocument, credit: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit open a new page: lift the margin while the footer is drawn.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    const width = contentWidth(doc);
    doc.moveTo(margins.left, y - 8).lineTo(margins.left + width, y - 8).lineWidth(0.5).strokeColor(colors.line).stroke();
    doc.font(fonts.regular).fontSize(8).fillColor(colors.muted);
    doc.text(pdfText(credit), margins.left, y, { width: width - 80, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i - range.start + 1} / ${range.count}`, margins.left + width - 80, y, { width: 80, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The bytes of a document, once `doc.end()` is called (call this before, so that no chunk is missed). */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
