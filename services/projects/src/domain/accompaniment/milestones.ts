import { RuleViolation } from "@tetris/shared";
import type { Milestone } from "./accompaniment-types.js";
import { isCalendarDay, toCalendarDay } from "./calendar-day.js";

/** What a referent may change on a milestone: its status, the day it was done, its due date. */
export interface MilestoneChange {
  status: Milestone["status"];
  /** YYYY-MM-DD; required when the status becomes done. */
  doneOn?: string | null;
  /** YYYY-MM-DD; the current due date when absent. */
  dueDate?: string;
}

export interface MilestoneProgress {
  done: number;
  total: number;
  percent: number;
}

const frenchDay = (day: string) => day.split("-").reverse().join("/");

/** Done milestones out of those still meant to happen: cancelled ones leave the count. */
export function milestoneProgress(milestones: readonly Pick<Milestone, "status">[]): MilestoneProgress {
  const total = milestones.filter((m) => m.status !== "cancelled").length;
  const done = milestones.filter((m) => m.status === "done").length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done * 100) / total) };
}

/** A planned milestone whose due day has passed; one due today still has the day. */
export function isOverdue(milestone: Pick<Milestone, "status" | "dueDate">, today: Date | string): boolean {
  return milestone.status === "planned" && milestone.dueDate < toCalendarDay(today);
}

/** The overdue milestones, in the order given. */
export function overdueMilestones<M extends Pick<Milestone, "status" | "dueDate">>(milestones: readonly M[], today: Date | string): M[] {
  const day = toCalendarDay(today);
  return milestones.filter((m) => isOverdue(m, day));
}

function assertDay(value: string, what: string): void {
  if (!isCalendarDay(value)) throw new RuleViolation(`${what} « ${value} » n'est pas une date valide (AAAA-MM-JJ)`);
}

/**
 * Refuses a milestone change that would lie about the project: done without a day, done in
 * the future, done after being cancelled, a done day on an unfinished milestone, a date
 * that does not exist.
 */
export function assertMilestoneUpdate(milestone: Pick<Milestone, "title" | "status">, change: MilestoneChange, today: Date | string): void {
  const day = toCalendarDay(today);
  const doneOn = change.doneOn ?? null;
  if (change.dueDate !== undefined) assertDay(change.dueDate, "L'échéance");
  if (doneOn !== null) assertDay(doneOn, "La date de réalisation");
  if (change.status !== "done") {
    if (doneOn !== null) throw new RuleViolation(`Seul un jalon réalisé a une date de réalisation : « ${milestone.title} » ne l'est pas`);
    return;
  }
  if (milestone.status === "cancelled") {
    throw new RuleViolation(`Le jalon « ${milestone.title} » est annulé : replanifiez-le avant de le marquer réalisé`);
  }
  if (doneOn === null) throw new RuleViolation(`La date de réalisation est obligatoire pour marquer le jalon « ${milestone.title} » réalisé`);
  if (doneOn > day) {
    throw new RuleViolation(`La date de réalisation (${frenchDay(doneOn)}) ne peut pas être postérieure à aujourd'hui (${frenchDay(day)})`);
  }
}

/** A project is delivered once every milestone is done or cancelled. */
export function assertCanDeliver(milestones: readonly Pick<Milestone, "title" | "status">[]): void {
  const remaining = milestones.filter((m) => m.status === "planned");
  if (remaining.length === 0) return;
  const count = remaining.length === 1 ? "1 jalon reste prévu" : `${remaining.length} jalons restent prévus`;
  const titles = remaining.map((m) => `« ${m.title} »`).join(", ");
  throw new RuleViolation(`Le projet ne peut pas être livré : ${count} (${titles}). Marquez chaque jalon réalisé ou annulé.`);
}
