import { describe, expect, it } from "vitest";
import { withEvents } from "../src/index.js";
import { eventFixture } from "../src/testing/index.js";

describe("withEvents", () => {
  it("bumps the version, queues the events and keeps the state update in the same update", () => {
    const event = eventFixture("WorkshopCompleted");
    expect(withEvents({ $set: { status: "completed" }, $inc: { edits: 1 } }, [event])).toEqual({
      $set: { status: "completed", outboxPending: true },
      $inc: { edits: 1, version: 1 },
      $push: { outbox: { $each: [event] } },
    });
  });

  it("still bumps the version when nothing is emitted, and refuses to let the caller set it", () => {
    expect(withEvents({ $set: { venue: "Foix" } }, [])).toEqual({ $set: { venue: "Foix" }, $inc: { version: 1 } });
    expect(() => withEvents({ $inc: { version: 5 } }, [])).toThrow(/owns the version/);
  });
});
