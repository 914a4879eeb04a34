import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEvent, eventDefinitions, EventParseError, parseEvent, parseEventBytes } from "../src/events/index.js";

const fixtureDir = new URL("../fixtures/events/", import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, fixtureDir), "utf8"));

function parseFailure(raw: unknown): EventParseError {
  try {
    parseEvent(raw);
  } catch (err) {
    if (err instanceof EventParseError) return err;
    throw err;
  }
  throw new Error("the event was accepted");
}

describe("event catalogue", () => {
  it("has a golden fixture for every event type and version, and each one parses", () => {
    const files = readdirSync(fixtureDir).sort();
    expect(files).toEqual(eventDefinitions.map((d) => `${d.type}.v${d.version}.json`).sort());
    for (const file of files) expect(parseEvent(fixture(file)).type).toBe(file.split(".")[0]);
  });

  it("names the field at fault when a payload does not match its schema", () => {
    const event = fixture("CampaignClosed.v1.json");
    event.payload.rankedThemes[0].rank = 0;
    const error = parseFailure(event);
    expect(error.reason).toBe("invalid-event");
    expect(error.issues.map((i) => i.path)).toContain("payload.rankedThemes.0.rank");
  });

  it("rejects an envelope without its case, a foreign département code, or an extra version", () => {
    const { caseId: _omitted, ...withoutCase } = fixture("CampaignOpened.v1.json");
    expect(parseFailure(withoutCase).issues.map((i) => i.path)).toContain("caseId");
    expect(parseFailure({ ...fixture("CampaignOpened.v1.json"), departmentCode: "99" }).reason).toBe("invalid-event");
    expect(parseFailure({ ...fixture("CampaignOpened.v1.json"), version: 7 }).reason).toBe("unknown-event");
    expect(parseFailure({ ...fixture("CampaignOpened.v1.json"), type: "CampaignExploded" }).reason).toBe("unknown-event");
  });

  it("refuses bytes that are not JSON", () => {
    expect(() => parseEventBytes(Buffer.from("{not json"))).toThrowError(EventParseError);
    expect(() => parseEventBytes(null)).toThrowError(/empty/);
  });

  it("builds events of the latest version with their producer, and refuses to build an invalid one", () => {
    const context = { caseId: "case-09-2026", departmentCode: "09", correlationId: "c-1", causationId: null };
    const event = createEvent("ProjectDelivered", context, { projectId: "p-1", deliveredAt: "2026-11-23T10:00:00.000Z" });
    expect(event).toMatchObject({ type: "ProjectDelivered", version: 1, producer: "projects", caseId: "case-09-2026" });
    expect(() =>
      createEvent("ProjectDelivered", context, { projectId: "", deliveredAt: "hier" } as never),
    ).toThrowError(EventParseError);
  });
});
