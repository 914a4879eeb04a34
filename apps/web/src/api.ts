import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { ProjectsRouter } from "../../../services/projects/src/api/app.router.js";
import type { QuestionnaireRouter } from "../../../services/questionnaire/src/api/app.router.js";
import type { WorkshopsRouter } from "../../../services/workshops/src/api/app.router.js";
import { currentToken } from "./session.js";

// Typed end to end: each client is built from its service's router type, through the gateway.
const link = (service: string) =>
  httpLink({
    url: `/api/${service}/trpc`,
    headers: () => {
      const token = currentToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });

export const questionnaire = createTRPCClient<QuestionnaireRouter>({ links: [link("questionnaire")] });
export const workshops = createTRPCClient<WorkshopsRouter>({ links: [link("workshops")] });
export const projects = createTRPCClient<ProjectsRouter>({ links: [link("projects")] });

export interface FieldIssue {
  path: string;
  message: string;
}

/** What to tell the user about a failed call, and the fields at fault if the server named them. */
export function describeError(err: unknown): { message: string; issues: FieldIssue[]; status: number | null } {
  if (err instanceof TRPCClientError) {
    const data = err.data as { httpStatus?: number; issues?: FieldIssue[] } | undefined;
    return { message: err.message, issues: data?.issues ?? [], status: data?.httpStatus ?? null };
  }
  return { message: "Connexion impossible : vérifiez votre réseau puis réessayez.", issues: [], status: null };
}
