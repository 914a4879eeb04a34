import { describe, expect, it } from "vitest";
import { pdfText } from "../src/pdf/pdf-layout.js";

describe("text for the PDF documents", () => {
  it("keeps French for the PDF fonts and brings the rest into their character set", () => {
    expect(pdfText("Mettre en œuvre « ça » à 150\u202f000\u00a0€ – été")).toBe("Mettre en œuvre « ça » à 150\u00a0000\u00a0€ – été");
    expect(pdfText("e\u0301te\u0301 Łukasz Dvořák\tOK")).toBe("été Lukasz Dvorák OK");
    expect(pdfText("Nadia 😀👍🏽 Benali © ™")).toBe("Nadia  Benali © ™");
    expect(pdfText("東京")).toBe("??");
  });
});
