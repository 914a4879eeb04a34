/** The text of each page as a reader would copy it; line ends and no-break spaces become plain spaces. */
export async function pdfPages(pdf: ArrayBuffer | Uint8Array): Promise<string[]> {
  // Loaded on use: every integration test imports this module, few read a PDF.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("");
    pages.push(text.replace(/[\s\u00a0\u202f]+/g, " "));
  }
  await document.destroy();
  return pages;
}

/** The whole text of a PDF, pages joined. */
export async function pdfText(pdf: ArrayBuffer | Uint8Array): Promise<string> {
  return (await pdfPages(pdf)).join(" ");
}
