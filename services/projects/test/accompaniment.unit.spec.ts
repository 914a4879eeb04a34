import { RuleViolation } from "@tetris/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectStatuses, type Milestone, type ProjectStatus } from "../src/domain/accompaniment/accompaniment-types.js";
import { isCalendarDay } from "../src/domain/accompaniment/calendar-day.js";
import { defaultLevers, leverSchema } from "../src/domain/accompaniment/lever-catalogue.js";
import {
  assertCanDeliver,
  assertMilestoneUpdate,
  isOverdue,
  milestoneProgress,
  overdueMilestones,
} from "../src/domain/accompaniment/milestones.js";
import {
  allowedTransitions,
  assertTransition,
  isFinalStatus,
  requiresReason,
  statusLabels,
} from "../src/domain/accompaniment/status-transitions.js";

const legal: [ProjectStatus, ProjectStatus][] = [
  ["selected", "in-accompaniment"],
  ["selected", "abandoned"],
  ["in-accompaniment", "paused"],
  ["in-accompaniment", "abandoned"],
  ["in-accompaniment", "delivered"],
  ["paused", "in-accompaniment"],
  ["paused", "abandoned"],
];
const isLegal = (from: ProjectStatus, to: ProjectStatus) => legal.some(([f, t]) => f === from && t === to);
const allPairs = projectStatuses.flatMap((from) => projectStatuses.map((to) => [from, to] as [ProjectStatus, ProjectStatus]));
const illegal = allPairs.filter(([from, to]) => !isLegal(from, to));
/** Written here, not read from the module, so that the property below checks the machine. */
const finalStatuses: readonly ProjectStatus[] = ["abandoned", "delivered"];

/** The error a call throws, to check both its class and its message. */
function refusal(run: () => void): RuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error("expected a RuleViolation, nothing was thrown");
}

const milestone = (status: Milestone["status"], dueDate = "2026-06-30", doneOn: string | null = null, title = "Étude de faisabilité"): Milestone => ({
  milestoneId: `${title}-${dueDate}-${status}`,
  title,
  dueDate,
  status,
  doneOn,
});

describe("status machine", () => {
  it("labels every status in French", () => {
    expect(statusLabels).toEqual({
      selected: "retenu",
      "in-accompaniment": "en accompagnement",
      paused: "en pause",
      abandoned: "abandonné",
      delivered: "livré",
    });
  });

  it.each(legal)("accepts %s → %s with a reason", (from, to) => {
    expect(() => assertTransition(from, to, "En attente du vote du budget régional")).not.toThrow();
  });

  it.each(legal.filter(([, to]) => !requiresReason(to)))("accepts %s → %s without a reason", (from, to) => {
    expect(() => assertTransition(from, to, null)).not.toThrow();
  });

  it("covers all 25 pairs: 7 legal, 18 refused", () => {
    expect(allPairs).toHaveLength(25);
    expect(illegal).toHaveLength(18);
  });

  it.each(illegal)("refuses %s → %s, even with a reason", (from, to) => {
    const error = refusal(() => assertTransition(from, to, "Un motif sérieux"));
    expect(error.message).toMatch(/[A-Z]/);
    if (from === "delivered") expect(error.message).toBe("Un projet livré ne peut plus changer de statut");
    else if (from === "abandoned") expect(error.message).toBe("Un projet abandonné ne peut plus changer de statut");
    else if (from === to) expect(error.message).toBe(`Le projet est déjà « ${statusLabels[to]} »`);
    else {
      expect(error.message).toContain(`« ${statusLabels[from]} »`);
      expect(error.message).toContain(`« ${statusLabels[to]} »`);
    }
  });

  it("explains the refusals people meet most", () => {
    expect(refusal(() => assertTransition("selected", "delivered", null)).message).toBe(
      "Passer de « retenu » à « livré » sans accompagnement n'est pas possible",
    );
    expect(refusal(() => assertTransition("paused", "delivered", null)).message).toContain("reprenez d'abord l'accompagnement");
    expect(refusal(() => assertTransition("selected", "paused", "x")).message).toContain("l'accompagnement n'a pas commencé");
  });

  it.each([null, "", "   \n\t"])("requires a reason to pause or abandon (reason %j)", (reason) => {
    expect(refusal(() => assertTransition("in-accompaniment", "paused", reason)).message).toBe("Un motif est obligatoire pour mettre un projet en pause");
    for (const from of ["selected", "in-accompaniment", "paused"] as const) {
      expect(refusal(() => assertTransition(from, "abandoned", reason)).message).toBe("Un motif est obligatoire pour abandonner un projet");
    }
  });

  it("names the same allowed transitions as the table, and two final statuses", () => {
    for (const from of projectStatuses) {
      expect(allowedTransitions(from).sort()).toEqual(legal.filter(([f]) => f === from).map(([, t]) => t).sort());
    }
    expect(projectStatuses.filter(isFinalStatus)).toEqual(finalStatuses);
    expect(projectStatuses.filter(requiresReason)).toEqual(["paused", "abandoned"]);
  });

  it("hands out copies of the allowed transitions", () => {
    allowedTransitions("selected").push("delivered");
    expect(allowedTransitions("selected")).not.toContain("delivered");
  });

  it("refuses a status it does not know", () => {
    expect(refusal(() => assertTransition("proposed" as ProjectStatus, "paused", "x")).message).toContain("proposed");
    expect(allowedTransitions("not-selected" as ProjectStatus)).toEqual([]);
  });

  it("never leaves a final status once reached, whatever is attempted", () => {
    const attempt = fc.record({ to: fc.constantFrom(...projectStatuses), reason: fc.option(fc.string({ maxLength: 5 })) });
    fc.assert(
      fc.property(fc.constantFrom(...projectStatuses), fc.array(attempt, { maxLength: 40 }), (start, attempts) => {
        let status = start;
        let reachedFinal = finalStatuses.includes(status);
        for (const { to, reason } of attempts) {
          const before = status;
          try {
            assertTransition(status, to, reason);
            status = to;
          } catch (error) {
            expect(error).toBeInstanceOf(RuleViolation);
          }
          if (reachedFinal) expect(status).toBe(before);
          // An accepted move is always one of the allowed ones.
          if (status !== before) expect(allowedTransitions(before)).toContain(status);
          reachedFinal ||= finalStatuses.includes(status);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("milestone progress", () => {
  it("counts 0 % for no milestone", () => {
    expect(milestoneProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it("leaves cancelled milestones out of the total", () => {
    expect(milestoneProgress([milestone("done", "2026-01-31", "2026-01-20"), milestone("cancelled"), milestone("planned")])).toEqual({ done: 1, total: 2, percent: 50 });
    expect(milestoneProgress([milestone("cancelled"), milestone("cancelled")])).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it("rounds the percentage to an integer", () => {
    const done = milestone("done", "2026-01-31", "2026-01-20");
    expect(milestoneProgress([done, milestone("planned"), milestone("planned")]).percent).toBe(33);
    expect(milestoneProgress([done, done, milestone("planned")]).percent).toBe(67);
    expect(milestoneProgress([done, done, done, done, done, done, done, milestone("planned")]).percent).toBe(88);
    expect(milestoneProgress([done, done]).percent).toBe(100);
  });

  it("stays between 0 and 100 and never counts more done than total", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Milestone["status"]>("planned", "done", "cancelled")), (statuses) => {
        const progress = milestoneProgress(statuses.map((s) => ({ status: s })));
        expect(progress.done).toBeLessThanOrEqual(progress.total);
        expect(Number.isInteger(progress.percent)).toBe(true);
        expect(progress.percent).toBeGreaterThanOrEqual(0);
        expect(progress.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("overdue milestones", () => {
  const today = "2026-11-23";

  it("flags planned milestones due before today, not those due today or later", () => {
    const late = milestone("planned", "2026-11-22", null, "Étude");
    const dueToday = milestone("planned", today, null, "Convention");
    const later = milestone("planned", "2027-01-31", null, "Travaux");
    const muchLater = milestone("planned", "2025-06-30", null, "Acquisition");
    expect(overdueMilestones([late, dueToday, later, muchLater], today)).toEqual([late, muchLater]);
    expect(isOverdue(dueToday, today)).toBe(false);
    expect(isOverdue(late, today)).toBe(true);
  });

  it("does not flag done (even late) or cancelled milestones", () => {
    const doneLate = milestone("done", "2025-06-30", "2025-07-10");
    const cancelled = milestone("cancelled", "2025-06-30");
    expect(overdueMilestones([doneLate, cancelled], today)).toEqual([]);
  });

  it("reads a Date clock as its UTC day", () => {
    const dueYesterday = milestone("planned", "2026-11-22");
    expect(isOverdue(dueYesterday, new Date("2026-11-22T23:59:59Z"))).toBe(false);
    expect(isOverdue(dueYesterday, new Date("2026-11-23T00:00:00Z"))).toBe(true);
    expect(overdueMilestones([dueYesterday], new Date("2026-11-23T08:00:00Z"))).toEqual([dueYesterday]);
  });

  it("crosses months and years by calendar order", () => {
    expect(isOverdue(milestone("planned", "2025-12-31"), "2026-01-01")).toBe(true);
    expect(isOverdue(milestone("planned", "2026-02-28"), "2026-03-01")).toBe(true);
  });

  it("refuses a clock that is not a day", () => {
    expect(() => overdueMilestones([], "23/11/2026")).toThrow(RangeError);
    expect(() => isOverdue(milestone("planned"), new Date("not a date"))).toThrow(RangeError);
  });
});

describe("milestone updates", () => {
  const today = "2026-11-23";

  it("accepts a milestone done today, done early or done late", () => {
    expect(() => assertMilestoneUpdate(milestone("planned"), { status: "done", doneOn: today }, today)).not.toThrow();
    expect(() => assertMilestoneUpdate(milestone("planned", "2027-01-31"), { status: "done", doneOn: "2026-10-01" }, today)).not.toThrow();
    expect(() => assertMilestoneUpdate(milestone("planned", "2025-06-30"), { status: "done", doneOn: "2025-07-10" }, new Date("2026-11-23T10:00:00Z"))).not.toThrow();
  });

  it("requires the day it was done", () => {
    for (const doneOn of [null, undefined]) {
      expect(refusal(() => assertMilestoneUpdate(milestone("planned"), { status: "done", doneOn }, today)).message).toBe(
        "La date de réalisation est obligatoire pour marquer le jalon « Étude de faisabilité » réalisé",
      );
    }
  });

  it("refuses a day done in the future", () => {
    expect(refusal(() => assertMilestoneUpdate(milestone("planned"), { status: "done", doneOn: "2026-11-24" }, today)).message).toBe(
      "La date de réalisation (24/11/2026) ne peut pas être postérieure à aujourd'hui (23/11/2026)",
    );
  });

  it("refuses to mark a cancelled milestone done, but lets it be planned again", () => {
    expect(refusal(() => assertMilestoneUpdate(milestone("cancelled"), { status: "done", doneOn: "2026-11-01" }, today)).message).toContain("est annulé");
    expect(() => assertMilestoneUpdate(milestone("cancelled"), { status: "planned", dueDate: "2027-03-31" }, today)).not.toThrow();
  });

  it("lets a milestone be cancelled, planned again with a new due date, or have its done day corrected", () => {
    expect(() => assertMilestoneUpdate(milestone("planned"), { status: "cancelled", doneOn: null }, today)).not.toThrow();
    expect(() => assertMilestoneUpdate(milestone("done", "2026-06-30", "2026-06-01"), { status: "planned", doneOn: null, dueDate: "2027-01-31" }, today)).not.toThrow();
    expect(() => assertMilestoneUpdate(milestone("done", "2026-06-30", "2026-06-01"), { status: "done", doneOn: "2026-06-02" }, today)).not.toThrow();
  });

  it("refuses a done day on a milestone that is not done", () => {
    expect(refusal(() => assertMilestoneUpdate(milestone("planned"), { status: "cancelled", doneOn: "2026-11-01" }, today)).message).toContain("Seul un jalon réalisé");
  });

  it.each(["2026-02-29", "2026-13-01", "2026-11-31", "26-11-23", "2026-11-23T00:00:00Z", "", "demain"])("refuses the date %j", (bad) => {
    expect(refusal(() => assertMilestoneUpdate(milestone("planned"), { status: "planned", dueDate: bad }, today)).message).toContain("n'est pas une date valide");
    expect(refusal(() => assertMilestoneUpdate(milestone("planned"), { status: "done", doneOn: bad }, today)).message).toContain("n'est pas une date valide");
  });

  it("knows leap days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2100-02-29")).toBe(false);
    expect(isCalendarDay("2000-02-29")).toBe(true);
  });
});

describe("delivery", () => {
  it("is possible once every milestone is done or cancelled", () => {
    expect(() => assertCanDeliver([milestone("done", "2026-01-31", "2026-01-20"), milestone("cancelled")])).not.toThrow();
    expect(() => assertCanDeliver([])).not.toThrow();
  });

  it("says how many milestones remain, and which", () => {
    const one = refusal(() => assertCanDeliver([milestone("done", "2026-01-31", "2026-01-20"), milestone("planned", "2027-01-31", null, "Travaux")]));
    expect(one.message).toBe("Le projet ne peut pas être livré : 1 jalon reste prévu (« Travaux »). Marquez chaque jalon réalisé ou annulé.");
    const two = refusal(() => assertCanDeliver([milestone("planned", "2026-01-31", null, "Étude"), milestone("cancelled"), milestone("planned", "2027-01-31", null, "Travaux")]));
    expect(two.message).toContain("2 jalons restent prévus (« Étude », « Travaux »)");
  });
});

describe("lever catalogue", () => {
  it("ships about a dozen levers with unique kebab-case codes", () => {
    expect(defaultLevers.length).toBeGreaterThanOrEqual(12);
    expect(defaultLevers.length).toBeLessThanOrEqual(14);
    const codes = defaultLevers.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(codes).toContain("ingenierie-anct");
  });

  it("ships only levers ANCT could have entered, each unchanged by the schema", () => {
    for (const lever of defaultLevers) expect(leverSchema.parse(lever)).toEqual(lever);
  });

  it("covers every family, with one-sentence descriptions", () => {
    expect(new Set(defaultLevers.map((l) => l.family))).toEqual(new Set(["ingenierie", "financement", "humain", "reseau"]));
    for (const { description } of defaultLevers) expect(description).toMatch(/^[A-ZÉ][^.]*\.$/);
  });

  it("names the levers of the accompaniment", () => {
    const labels = defaultLevers.map((l) => l.label).join(" | ");
    for (const name of ["Ingénierie ANCT", "Banque des territoires", "Conseillers numériques France Services", "France Services", "DETR", "DSIL", "Région", "FEDER", "LEADER", "France Tiers-Lieux", "Fabriques de territoire", "Très Haut Débit", "New Deal mobile", "Société numérique", "Hubs"]) {
      expect(labels).toContain(name);
    }
  });

  it("trims an edited lever and refuses bad fields, naming each", () => {
    expect(leverSchema.parse({ code: " tiers-lieux-nourriciers ", label: " Tiers-lieux nourriciers ", family: "reseau", description: "Un réseau régional de tiers-lieux agricoles." })).toEqual({
      code: "tiers-lieux-nourriciers",
      label: "Tiers-lieux nourriciers",
      family: "reseau",
      description: "Un réseau régional de tiers-lieux agricoles.",
    });
    const bad = leverSchema.safeParse({ code: "Banque Territoires", label: "B", family: "subvention", description: "court" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["code", "description", "family", "label"]);
    expect(leverSchema.safeParse({ code: "a--b", label: "Levier", family: "humain", description: "Une description assez longue." }).success).toBe(false);
    expect(leverSchema.safeParse({ code: "-detr", label: "Levier", family: "humain", description: "Une description assez longue." }).success).toBe(false);
  });
});
