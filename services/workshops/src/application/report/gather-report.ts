import { defaultThemes, departmentName, type Principal } from "@tetris/shared";
import { voteTotals } from "../../domain/candidate.js";
import type { WorkshopsDeps } from "../deps.js";
import { loadWorkshopFor } from "../load-workshop.js";
import type { WorkshopReportData } from "./report-data.js";

const themeLabels = new Map<string, string>(defaultThemes.map((t) => [t.code, t.label]));

/** Gathers what the day's report shows: sessions, attendance, needs by theme, candidates by votes. */
export async function gatherWorkshopReport(deps: WorkshopsDeps, workshopId: string, principal: Principal): Promise<WorkshopReportData> {
  const workshop = await loadWorkshopFor(deps, workshopId, principal);
  const [needs, candidates, ballots] = await Promise.all([
    deps.needs.find({ workshopId }, { outbox: 0 }).sort({ capturedAt: 1 }).lean(),
    deps.candidates.find({ workshopId }, { outbox: 0 }).lean(),
    deps.ballots.find({ workshopId }).lean(),
  ]);
  const totals = voteTotals(ballots);
  const statements = new Map(needs.map((n) => [n._id, n.statement]));
  const themeLabel = (code: string) => themeLabels.get(code) ?? workshop.sessions.find((s) => s.themeCode === code)?.title ?? code;
  const themes = [...new Set(needs.map((n) => n.themeCode))];
  return {
    workshop: {
      title: "Journée d'ateliers Tétris",
      caseId: workshop.caseId,
      departmentCode: workshop.departmentCode,
      departmentName: departmentName(workshop.departmentCode),
      date: workshop.date,
      venue: workshop.venue,
      status: workshop.status,
      generatedAt: deps.now(),
    },
    sessions: workshop.sessions.map((s) => ({
      title: s.title,
      themeLabel: themeLabel(s.themeCode),
      slot: s.startsAt && s.endsAt ? `${s.startsAt}–${s.endsAt}` : null,
      room: s.room,
      facilitators: s.facilitators,
      registered: workshop.participants.filter((p) => p.sessionIds.includes(s.sessionId)).length,
      present: workshop.participants.filter((p) => p.present && p.sessionIds.includes(s.sessionId)).length,
    })),
    attendance: {
      registered: workshop.participants.filter((p) => p.sessionIds.length > 0).length,
      present: workshop.participants.filter((p) => p.present).length,
      participants: workshop.participants.map((p) => ({ name: p.name, organisation: p.organisation, present: p.present })),
    },
    needsByTheme: themes.map((code) => ({
      themeCode: code,
      themeLabel: themeLabel(code),
      needs: needs
        .filter((n) => n.themeCode === code)
        .map((n) => ({ statement: n.statement, territories: n.territories.map((t) => t.name), urgency: n.urgency, impact: n.impact, blockers: n.blockers })),
    })),
    candidates: candidates
      .map((c) => ({
        title: c.title,
        kind: c.kind,
        leadOrganisation: c.leadOrganisation,
        maturity: c.maturity,
        budget: c.budgetRange,
        votes: totals.get(c._id) ?? 0,
        needStatements: c.needIds.flatMap((id) => (statements.has(id) ? [statements.get(id)!] : [])),
      }))
      .sort((a, b) => b.votes - a.votes),
  };
}
