import { assertDepartment, departmentName, type Principal } from "@tetris/shared";
import { caseStage, type CaseStage } from "../domain/case-stage.js";
import { funnelStepsOf } from "../domain/project-funnel.js";
import type { ProjectsDeps } from "./deps.js";

export interface CaseSummary {
  caseId: string;
  departmentCode: string;
  departmentName: string;
  edition: number | null;
  title: string | null;
  stage: CaseStage;
  campaignId: string | null;
  campaignOpenedAt: Date | null;
  campaignClosedAt: Date | null;
  workshopId: string | null;
  workshopCompletedAt: Date | null;
  counts: { invited: number; answered: number; projects: number; selected: number; accompanied: number; delivered: number };
  lastActivityAt: Date | null;
}

export interface CaseFilter {
  departmentCode?: string | undefined;
  stage?: CaseStage | undefined;
}

const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * The cases the caller may see (every département for ANCT), by département then latest
 * edition first, each with its stage and counts. Asking for another département is refused,
 * as everywhere else.
 */
export async function listCases(deps: ProjectsDeps, principal: Principal, filter: CaseFilter): Promise<CaseSummary[]> {
  if (filter.departmentCode) assertDepartment(principal, filter.departmentCode);
  const where = filter.departmentCode
    ? { departmentCode: filter.departmentCode }
    : principal.role === "anct"
      ? {}
      : { departmentCode: { $in: principal.departments } };
  const facts = await deps.caseFacts.find(where).lean();
  // One read of the projects of the cases listed, not one per case; scoring and journal lines
  // emit no event, so a project's own last change counts as activity too.
  const projects = await deps.projects
    .find({ caseId: { $in: facts.map((f) => f._id) } }, { caseId: 1, status: 1, updatedAt: 1 })
    .lean<{ caseId: string; status: Parameters<typeof funnelStepsOf>[0]; updatedAt?: Date }[]>();
  const tally = new Map<string, { projects: number; selected: number; accompanied: number; delivered: number; lastChange: Date | null }>();
  for (const p of projects) {
    const t = tally.get(p.caseId) ?? { projects: 0, selected: 0, accompanied: 0, delivered: 0, lastChange: null };
    const steps = funnelStepsOf(p.status);
    t.projects++;
    if (steps.selected) t.selected++;
    if (steps.accompanied) t.accompanied++;
    if (steps.delivered) t.delivered++;
    t.lastChange = latest(t.lastChange, p.updatedAt ?? null);
    tally.set(p.caseId, t);
  }
  const cases = facts.map((f): CaseSummary => {
    const t = tally.get(f._id) ?? { projects: 0, selected: 0, accompanied: 0, delivered: 0, lastChange: null };
    const campaignClosedAt = f.campaignClosedAt ?? null;
    const workshopCompletedAt = f.workshopCompletedAt ?? null;
    return {
      caseId: f._id,
      departmentCode: f.departmentCode,
      departmentName: departmentName(f.departmentCode),
      edition: f.edition ?? null,
      title: f.title ?? null,
      stage: caseStage({ campaignClosedAt, workshopCompletedAt, projects: t.projects, accompanied: t.accompanied }),
      campaignId: f.campaignId ?? null,
      campaignOpenedAt: f.campaignOpenedAt ?? null,
      campaignClosedAt,
      workshopId: f.workshopId ?? null,
      workshopCompletedAt,
      counts: {
        invited: f.invited,
        answered: f.respondentIds?.length ?? 0,
        projects: t.projects,
        selected: t.selected,
        accompanied: t.accompanied,
        delivered: t.delivered,
      },
      lastActivityAt: latest(f.lastEventAt ?? null, t.lastChange),
    };
  });
  return cases
    .filter((c) => !filter.stage || c.stage === filter.stage)
    .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode) || (b.edition ?? 0) - (a.edition ?? 0) || a.caseId.localeCompare(b.caseId));
}
