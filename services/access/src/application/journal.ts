import { invalidFields } from "@tetris/shared";
import { z } from "zod";
import { journalEventSchema, type JournalEvent } from "../domain/journal-events.js";
import type { HabilitationDocument } from "../infrastructure/habilitation.model.js";
import type { SessionEventDocument } from "../infrastructure/journal.model.js";
import type { AccessDeps } from "./deps.js";

export const journalInput = z
  .object({
    before: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1, "1 au moins").max(200, "200 au plus").default(50),
  })
  // No input at all: the first page of 50.
  .prefault({});

/** Where a page of the journal ends: newest first, by time then id (two events may share a millisecond). */
interface Cursor {
  at: Date;
  id: string;
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(100) });

function encodeCursor(event: JournalEvent): string {
  return Buffer.from(JSON.stringify({ at: event.occurredAt.toISOString(), id: event.id })).toString("base64url");
}

function decodeCursor(text: string): Cursor {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return { at: new Date(parsed.at), id: parsed.id };
  } catch {
    invalidFields([{ path: "before", message: "Curseur inconnu : reprenez la valeur `next` d'une page précédente" }]);
  }
}

const newestFirst = (a: JournalEvent, b: JournalEvent) =>
  b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const isBefore = (event: JournalEvent, cursor: Cursor | null) =>
  !cursor || event.occurredAt < cursor.at || (event.occurredAt.getTime() === cursor.at.getTime() && event.id < cursor.id);

/**
 * One page of the journal, newest first: the grants and withdrawals kept in each habilitation's
 * history, merged with the sign-ins and sign-outs. The histories are read whole (one document
 * per holder: hundreds, not millions); the session events, which grow with every sign-in, are
 * read one page at a time.
 */
export async function journalPage(deps: AccessDeps, input: z.infer<typeof journalInput>): Promise<{ events: JournalEvent[]; next: string | null }> {
  const cursor = input.before ? decodeCursor(input.before) : null;
  const [habilitations, sessionEvents] = await Promise.all([
    deps.habilitations.find({}, { history: 1 }).lean<Pick<HabilitationDocument, "history">[]>(),
    deps.sessionEvents
      .find(cursor ? { $or: [{ occurredAt: { $lt: cursor.at } }, { occurredAt: cursor.at, _id: { $lt: cursor.id } }] } : {})
      .sort({ occurredAt: -1, _id: -1 })
      .limit(input.limit + 1)
      .lean<SessionEventDocument[]>(),
  ]);
  // Each entry is read through its type and version's schema, as it was written.
  const merged = [
    ...habilitations.flatMap((h) => h.history).filter((e) => isBefore(e, cursor)),
    ...sessionEvents.map(({ _id, ...rest }) => ({ id: _id, ...rest })),
  ]
    .map((e) => journalEventSchema.parse(e))
    .sort(newestFirst);
  const page = merged.slice(0, input.limit);
  return { events: page, next: merged.length > input.limit ? encodeCursor(page[page.length - 1]!) : null };
}
