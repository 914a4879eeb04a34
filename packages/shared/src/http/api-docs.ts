import type { AnyRouter } from "@trpc/server";
import { z } from "zod";
import type { ProcedureMeta } from "./trpc.js";

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  meta?: ProcedureMeta;
  inputs: unknown[];
  output?: unknown;
}

function schemaBlock(schema: unknown, io: "input" | "output"): string {
  if (!(schema instanceof z.ZodType)) return "_none_";
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  delete (json as Record<string, unknown>).$schema;
  return "```json\n" + JSON.stringify(json, null, 2) + "\n```";
}

const commonErrors = `Every procedure answers errors as \`{ "error": { "message", "data": { "code", "httpStatus", "issues" } } }\`:

| status | code | when |
| --- | --- | --- |
| 400 | BAD_REQUEST | the input does not match its schema, or breaks a rule only the server checks; \`issues\` lists \`{ path, message }\` for each field at fault |
| 401 | UNAUTHORIZED | no bearer token, or an invalid or expired one (the message says which) |
| 403 | FORBIDDEN | the role may not call this procedure, or a département code given in the input is not the caller's |
| 404 | NOT_FOUND | the thing asked for does not exist, or belongs to a département that is not the caller's: the same answer for both |
| 409 | CONFLICT | a business rule refuses it (already closed, changed meanwhile…); the message says why |
| 413 | PAYLOAD_TOO_LARGE | the body is over 1 MB |
| 429 | TOO_MANY_REQUESTS | too many calls from one caller in a minute; \`Retry-After\` says when to try again |
| 500 | INTERNAL_SERVER_ERROR | a fault of ours: logged, answered without details |
| 503 | SERVICE_UNAVAILABLE | the database or the broker is unreachable or timing out for a moment: retry shortly |`;

/**
 * The API reference of a service, generated from its router: the procedures' types, access,
 * input and output schemas (JSON Schema from zod) and particular errors, so the documentation
 * cannot drift from the code.
 */
export function renderApiDocs(options: { service: string; port: number; intro: string; router: AnyRouter }): string {
  const procedures = Object.entries(options.router._def.procedures as Record<string, { _def: ProcedureDef }>);
  const sections = procedures.map(([path, { _def }]) => {
    const call =
      _def.type === "query"
        ? `\`GET /trpc/${path}?input=<URL-encoded JSON>\``
        : `\`POST /trpc/${path}\` with the JSON input as body`;
    return [
      `### \`${path}\` (${_def.type})`,
      _def.meta?.summary ?? "",
      `- Call: ${call}`,
      `- Access: ${_def.meta?.access ?? "public"}`,
      ...(_def.meta?.errors?.length ? [`- Errors: ${_def.meta.errors.join("; ")}`] : []),
      "",
      "Input:",
      "",
      schemaBlock(_def.inputs[0], "input"),
      "",
      "Output:",
      "",
      schemaBlock(_def.output, "output"),
    ].join("\n");
  });
  return [
    `# ${options.service} API`,
    "",
    "_Generated from the code by `npm run docs:api`; do not edit by hand._",
    "",
    options.intro,
    "",
    `Base URL in development: \`http://127.0.0.1:${options.port}\`. tRPC over HTTP, JSON without a transformer: ` +
      "a successful call answers `{ \"result\": { \"data\": <output> } }`. Staff send `Authorization: Bearer <token>` " +
      "(`npm run token` mints one locally); `x-correlation-id` is accepted and sent back.",
    "",
    "## Errors",
    "",
    commonErrors,
    "",
    "## Procedures",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
}
