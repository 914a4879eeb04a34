import { apiSecurityHeaders } from "../http/security-headers.js";
import { leakProblems, refusalProblems, type RawAnswer } from "./raw-call.js";

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

function headerProblems(what: string, answer: RawAnswer): string[] {
  const problems = Object.entries(apiSecurityHeaders)
    .filter(([name, value]) => answer.headers.get(name) !== value)
    .map(([name]) => `${what}: header ${name} is ${answer.headers.get(name)}`);
  if (answer.headers.has("x-powered-by")) problems.push(`${what}: sends X-Powered-By`);
  return problems;
}

function refusal(what: string, answer: RawAnswer, status: number): string[] {
  return [
    ...(answer.status === status ? [] : [`${what}: expected ${status}, got ${answer.status}: ${answer.text.slice(0, 200)}`]),
    ...refusalProblems(answer).map((p) => `${what}: ${p}`),
    ...headerProblems(what, answer),
  ];
}

const french = (what: string, answer: RawAnswer) => {
  const message = (answer.json as { error?: { message?: string } } | undefined)?.error?.message ?? "";
  return /[àâçéèêëîïôûùüÿœ]|requête|jeton/i.test(message) ? [] : [`${what}: message not in French: ${message}`];
};

/**
 * The limits every service shares (its HTTP app): bodies over 1 MB refused with a 413, bodies
 * that are not JSON with a 400, unknown paths with a JSON 404, the security headers on every
 * answer, and never a stack. `mutation` is the path of any mutation of the service.
 */
export async function httpLimitProblems(baseUrl: string, mutation: string, authorization: string): Promise<string[]> {
  const post = (body: string, contentType = "application/json") =>
    fetch(`${baseUrl}/trpc/${mutation}`, { method: "POST", headers: { authorization, "content-type": contentType }, body }).then(raw);
  const twoMegabytes = JSON.stringify({ text: "x".repeat(2 * 1024 * 1024) });
  const problems: string[] = [];

  const tooLarge = await post(twoMegabytes);
  problems.push(...refusal("2 MB of JSON", tooLarge, 413), ...french("2 MB of JSON", tooLarge));
  const tooLargeText = await post(twoMegabytes, "text/plain");
  if (tooLargeText.status !== 413 && tooLargeText.status !== 415) problems.push(`2 MB of text: expected 413 or 415, got ${tooLargeText.status}`);
  problems.push(...refusalProblems(tooLargeText).map((p) => `2 MB of text: ${p}`));

  const malformed = await post('{"campaignId": "oups",');
  problems.push(...refusal("malformed JSON", malformed, 400), ...french("malformed JSON", malformed));
  const malformedQuery = await fetch(`${baseUrl}/trpc/${mutation}?input=%7Boups`, { headers: { authorization } }).then(raw);
  if (malformedQuery.status < 400 || malformedQuery.status >= 500) problems.push(`malformed query input: got ${malformedQuery.status}`);
  problems.push(...refusalProblems(malformedQuery).map((p) => `malformed query input: ${p}`));

  const unknownProcedure = await fetch(`${baseUrl}/trpc/nothing.here`, { headers: { authorization } }).then(raw);
  problems.push(...refusal("unknown procedure", unknownProcedure, 404), ...french("unknown procedure", unknownProcedure));
  const unknownPath = await fetch(`${baseUrl}/wp-admin/../.env`, { headers: { authorization } }).then(raw);
  problems.push(...refusal("unknown path", unknownPath, 404));

  const health = await fetch(`${baseUrl}/healthz`).then(raw);
  problems.push(...headerProblems("/healthz", health), ...leakProblems(health));
  return problems;
}

/**
 * A burst over the limit of one caller: refused with 429, a Retry-After in seconds and a French
 * message, while another caller and the health probe still get through.
 */
export async function rateLimitProblems(baseUrl: string, perMinute: number, query: string, authorization: string, otherAuthorization: string): Promise<string[]> {
  const call = (auth: string) => fetch(`${baseUrl}/trpc/${query}`, { headers: { authorization: auth } }).then(raw);
  const answers = await Promise.all(Array.from({ length: perMinute + 5 }, () => call(authorization)));
  const limited = answers.filter((a) => a.status === 429);
  const problems: string[] = [];
  if (limited.length < 5) problems.push(`${perMinute + 5} calls at once: ${limited.length} answered 429, expected at least 5`);
  if (answers.length - limited.length < perMinute) problems.push(`only ${answers.length - limited.length} calls of ${perMinute + 5} got through`);
  const first = limited[0];
  if (first) {
    const retryAfter = Number(first.headers.get("retry-after"));
    if (!Number.isInteger(retryAfter) || retryAfter < 1) problems.push(`429 with Retry-After ${first.headers.get("retry-after")}`);
    problems.push(...refusal("429", first, 429), ...french("429", first));
  }
  const other = await call(otherAuthorization);
  if (other.status === 429) problems.push("another caller was limited too");
  if ((await fetch(`${baseUrl}/healthz`)).status !== 200) problems.push("the health probe was limited");
  return problems;
}
