import type { ProcedureEntry } from "./procedure-catalogue.js";

/** An answer as it crossed the wire: what a hostile client would see, unparsed. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: unknown;
}

async function raw(response: Response): Promise<RawAnswer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * Calls a procedure as tRPC's wire format has it (GET ?input= for a query, a JSON body for a
 * mutation), with whatever headers the test wants (a bearer token, a session cookie and its CSRF
 * token), none included.
 */
export async function callProcedure(
  baseUrl: string,
  procedure: Pick<ProcedureEntry, "path" | "type">,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  if (procedure.type === "query") {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return raw(await fetch(`${baseUrl}/trpc/${procedure.path}${qs}`, { headers }));
  }
  return raw(
    await fetch(`${baseUrl}/trpc/${procedure.path}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: input === undefined ? "" : JSON.stringify(input),
    }),
  );
}

/** Traces of a stack or of the code's whereabouts, which no answer may carry. */
const internalDetail = /\bat [\w.<>]+ \(|node_modules|\.[cm]?[jt]s:\d+|"stack"\s*:|MongoServerError|MongoError|TypeError|ReferenceError|E11000/;

/**
 * What is wrong with a refusal: it must be a 4xx in tRPC's error shape, with a message and a
 * code, and nothing of the code's insides. Empty when all is well.
 */
export function refusalProblems(answer: RawAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  if (!answer.headers.get("content-type")?.startsWith("application/json")) problems.push(`content-type ${answer.headers.get("content-type")}`);
  const error = (answer.json as { error?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } } } | undefined)?.error;
  if (!error || typeof error.message !== "string" || typeof error.data?.code !== "string") problems.push("not a tRPC error");
  else if (error.data.httpStatus !== answer.status) problems.push(`httpStatus ${String(error.data.httpStatus)} in a ${answer.status} answer`);
  problems.push(...leakProblems(answer));
  return problems;
}

/** A stack or internal detail in any answer, successful or not. */
export function leakProblems(answer: RawAnswer): string[] {
  const match = internalDetail.exec(answer.text);
  return match ? [`internal detail in the answer (${JSON.stringify(match[0])}): ${answer.text.slice(0, 300)}`] : [];
}
