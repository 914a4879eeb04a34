/**
 * Reads what the local Mailpit (infra/up.sh, or MAILPIT_URL) received over SMTP, through its
 * HTTP API (the routes and fields of Mailpit v1.33's /api/v1). Tests send to addresses of
 * their own and search by recipient, so they never see each other's messages; deleting
 * everything is for a person cleaning the inbox of the demo, not for tests run in parallel.
 */

/** Where the local Mailpit's web page and API answer. */
export function mailpitUrl(): string {
  return process.env.MAILPIT_URL ?? "http://127.0.0.1:8025";
}

/** Where the local Mailpit accepts mail (SMTP, no TLS; any user and password, or none). */
export function smtpUrl(): string {
  return process.env.SMTP_URL ?? "smtp://127.0.0.1:1025";
}

export interface MailpitAddress {
  Name: string;
  Address: string;
}

/** One line of a listing or a search (GET /api/v1/messages, GET /api/v1/search). */
export interface MailpitMessageSummary {
  /** Mailpit's own id, for {@link readMailpitMessage}; not the Message-ID header. */
  ID: string;
  MessageID: string;
  From: MailpitAddress | null;
  To: MailpitAddress[];
  Cc: MailpitAddress[] | null;
  Bcc: MailpitAddress[];
  Subject: string;
  /** When Mailpit received it (RFC 3339). */
  Created: string;
  Tags: string[];
  Size: number;
  Attachments: number;
  Snippet: string;
}

/** One message, decoded (GET /api/v1/message/{ID}). */
export interface MailpitMessage {
  ID: string;
  MessageID: string;
  From: MailpitAddress | null;
  To: MailpitAddress[];
  Cc: MailpitAddress[];
  Bcc: MailpitAddress[];
  ReplyTo: MailpitAddress[];
  Subject: string;
  Date: string;
  Tags: string[];
  /** The text/plain part, decoded ("" when there is none). */
  Text: string;
  /** The text/html part, decoded ("" when there is none). */
  HTML: string;
  Size: number;
  Attachments: { FileName: string; ContentType: string; PartID: string; Size: number }[];
}

interface MailpitListing {
  total: number;
  messages_count: number;
  start: number;
  messages: MailpitMessageSummary[];
}

async function mailpitCall(path: string, init: RequestInit = {}, baseUrl = mailpitUrl()): Promise<Response> {
  const url = new URL(path, baseUrl);
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (err) {
    throw new Error(`Mailpit does not answer at ${baseUrl} (infra/up.sh starts it; MAILPIT_URL points elsewhere)`, { cause: err });
  }
  if (!response.ok) {
    throw new Error(`Mailpit ${init.method ?? "GET"} ${url.pathname}: ${response.status} ${await response.text()}`);
  }
  return response;
}

/** The latest messages, newest first (at most `limit`). */
export async function listMailpitMessages(limit = 50, baseUrl?: string): Promise<MailpitMessageSummary[]> {
  const response = await mailpitCall(`/api/v1/messages?limit=${limit}`, {}, baseUrl);
  return ((await response.json()) as MailpitListing).messages;
}

/**
 * Messages matching a Mailpit search (its own syntax, e.g. `to:"a@b.test" subject:"Rappel"`),
 * newest first.
 */
export async function searchMailpitMessages(query: string, limit = 50, baseUrl?: string): Promise<MailpitMessageSummary[]> {
  const params = new URLSearchParams({ query, limit: String(limit) });
  const response = await mailpitCall(`/api/v1/search?${params}`, {}, baseUrl);
  return ((await response.json()) as MailpitListing).messages;
}

/**
 * Messages with this address among their To recipients, newest first. Mailpit's `to:` search
 * matches a substring (a@x.test would also find ba@x.test), so the results are narrowed to the
 * exact address here.
 */
export async function mailpitMessagesTo(address: string, limit = 50, baseUrl?: string): Promise<MailpitMessageSummary[]> {
  // Quoted: an address holds characters (+, -, .) that the search syntax could split on.
  const found = await searchMailpitMessages(`to:"${address.replace(/"/g, "")}"`, limit, baseUrl);
  const wanted = address.toLowerCase();
  return found.filter((message) => message.To.some((to) => to.Address.toLowerCase() === wanted));
}

/** One message with its decoded text and HTML parts. */
export async function readMailpitMessage(id: string, baseUrl?: string): Promise<MailpitMessage> {
  const response = await mailpitCall(`/api/v1/message/${encodeURIComponent(id)}`, {}, baseUrl);
  return (await response.json()) as MailpitMessage;
}

/**
 * Waits until at least `count` messages sent to `address` arrived and returns them, read in
 * full, oldest first (delivery over SMTP and storage are not instantaneous).
 */
export async function waitForMailpitMessages(
  address: string,
  { count = 1, timeoutMs = 10_000, baseUrl }: { count?: number; timeoutMs?: number; baseUrl?: string } = {},
): Promise<MailpitMessage[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await mailpitMessagesTo(address, Math.max(count, 50), baseUrl);
    if (found.length >= count) {
      const oldestFirst = found.reverse();
      return Promise.all(oldestFirst.map((summary) => readMailpitMessage(summary.ID, baseUrl)));
    }
    if (Date.now() >= deadline) {
      throw new Error(`${found.length} message(s) to ${address} in Mailpit after ${timeoutMs} ms, expected ${count}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Deletes every message Mailpit holds (DELETE /api/v1/messages without ids). */
export async function deleteAllMailpitMessages(baseUrl?: string): Promise<void> {
  await mailpitCall("/api/v1/messages", { method: "DELETE" }, baseUrl);
}
