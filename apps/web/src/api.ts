import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AccessRouter } from "../../../services/access/src/api/app.router.js";
import type { ProjectsRouter } from "../../../services/projects/src/api/app.router.js";
import type { QuestionnaireRouter } from "../../../services/questionnaire/src/api/app.router.js";
import type { WorkshopsRouter } from "../../../services/workshops/src/api/app.router.js";
import { authHeaders } from "./session.js";

// Typed end to end: each client is built from its service's router type, through the gateway.
const link = (service: string) =>
  httpLink({
    url: `/api/${service}/trpc`,
    headers: authHeaders,
  });

export const questionnaire = createTRPCClient<QuestionnaireRouter>({ links: [link("questionnaire")] });
export const workshops = createTRPCClient<WorkshopsRouter>({ links: [link("workshops")] });
export const projects = createTRPCClient<ProjectsRouter>({ links: [link("projects")] });
export const access = createTRPCClient<AccessRouter>({ links: [link("access")] });

export interface FieldIssue {
  path: string;
  message: string;
}

const unreachable = "Le service ne répond pas : vérifiez votre connexion, puis réessayez dans un instant.";

/**
 * What to tell the user about a failed call, and the fields at fault if the server named them.
 * A call that never reached a service (network down, service stopped behind the gateway) has no
 * status: it says so in French instead of the browser's "Failed to fetch".
 */
export function describeError(err: unknown): { message: string; issues: FieldIssue[]; status: number | null } {
  const data = err instanceof TRPCClientError ? (err.data as { httpStatus?: number; issues?: FieldIssue[] } | undefined) : undefined;
  const status = data?.httpStatus ?? null;
  if (err instanceof TRPCClientError && status !== null && status < 500) return { message: err.message, issues: data?.issues ?? [], status };
  return { message: unreachable, issues: [], status };
}
