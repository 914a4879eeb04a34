import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accessApiReference } from "../src/api/api-reference.js";

describe("API reference", () => {
  it("is the one the code describes (run `npm run docs:api` after changing a procedure)", () => {
    const committed = readFileSync(new URL("../../../docs/api/access.md", import.meta.url), "utf8");
    expect(committed).toBe(accessApiReference());
  });

  it("leaves the gateway's internal session routes out", () => {
    expect(accessApiReference()).not.toContain("/internal/");
  });
});
