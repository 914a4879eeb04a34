import { departmentName } from "@tetris/shared";
import { overdueMilestones } from "../../domain/accompaniment/milestones.js";
import { projectThemes } from "../../domain/project.js";
import { funnelStepsOf } from "../../domain/project-funnel.js";
import type { ProjectsDeps } from "../deps.js";
import type { FunnelRow, NationalView } from "./national-view-data.js";

const DAY = 86_400_000;

/**
 * The national view for ANCT, built from what this service learnt from every service's
 * events: per département and per theme, the funnel from invitation to delivery; the levers
 * used; the milestones overdue.
 */
export async function nationalView(deps: ProjectsDeps): Promise<NationalView> {
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const [cases, needs, projects, levers] = await Promise.all([
    deps.caseFacts.find({}).lean(),
    deps.needFacts.find({}, { departmentCode: 1, themeCode: 1 }).lean(),
    deps.projects.find({}, { departmentCode: 1, caseId: 1, title: 1, status: 1, needs: 1, plan: 1 }).lean(),
    deps.levers.find({}).lean(),
  ]);
  const rows = new Map<string, FunnelRow>();
  const row = (departmentCode: string, themeCode: string | null) => {
    const key = `${departmentCode}|${themeCode ?? ""}`;
    let r = rows.get(key);
    if (!r) {
      r = { departmentCode, departmentName: departmentName(departmentCode), themeCode, invited: 0, answered: 0, needs: 0, candidates: 0, selected: 0, accompanied: 0, delivered: 0 };
      rows.set(key, r);
    }
    return r;
  };
  // Invitations and answers belong to the case, not to a theme: they count on the total line.
  for (const c of cases) {
    row(c.departmentCode, null).invited += c.invited;
    row(c.departmentCode, null).answered += c.respondentIds?.length ?? 0;
  }
  for (const n of needs) {
    row(n.departmentCode, null).needs++;
    row(n.departmentCode, n.themeCode).needs++;
  }
  for (const p of projects) {
    const theme = projectThemes(p)[0] ?? null;
    const steps = funnelStepsOf(p.status);
    for (const r of theme ? [row(p.departmentCode, null), row(p.departmentCode, theme)] : [row(p.departmentCode, null)]) {
      r.candidates++;
      if (steps.selected) r.selected++;
      if (steps.accompanied) r.accompanied++;
      if (steps.delivered) r.delivered++;
    }
  }
  const leverUse = new Map<string, number>();
  for (const p of projects) for (const code of p.plan?.levers ?? []) leverUse.set(code, (leverUse.get(code) ?? 0) + 1);
  const labels = new Map(levers.map((l) => [l._id, l.label]));
  return {
    generatedAt: now,
    funnel: [...rows.values()].sort((a, b) => a.departmentCode.localeCompare(b.departmentCode) || (a.themeCode ?? "").localeCompare(b.themeCode ?? "")),
    levers: [...leverUse].map(([code, count]) => ({ code, label: labels.get(code) ?? code, projects: count })).sort((a, b) => b.projects - a.projects),
    overdueMilestones: projects
      .filter((p) => p.status === "in-accompaniment" || p.status === "paused")
      .flatMap((p) =>
        overdueMilestones(p.plan?.milestones ?? [], today).map((m) => ({
          departmentCode: p.departmentCode,
          caseId: p.caseId,
          projectId: p._id,
          projectTitle: p.title,
          milestoneTitle: m.title,
          dueDate: m.dueDate,
          daysLate: Math.round((Date.parse(today) - Date.parse(m.dueDate)) / DAY),
        })),
      )
      .sort((a, b) => b.daysLate - a.daysLate),
  };
}
