import { RuleViolation } from "@tetris/shared";
import { projectStatuses, type ProjectStatus } from "./accompaniment-types.js";

/** The statuses as ANCT and the préfectures say them. */
export const statusLabels: Record<ProjectStatus, string> = {
  selected: "retenu",
  "in-accompaniment": "en accompagnement",
  paused: "en pause",
  abandoned: "abandonné",
  delivered: "livré",
};

/** Where each status may go next; an empty list marks a final status. */
const nextStatuses: Record<ProjectStatus, readonly ProjectStatus[]> = {
  selected: ["in-accompaniment", "abandoned"],
  "in-accompaniment": ["paused", "abandoned", "delivered"],
  paused: ["in-accompaniment", "abandoned"],
  abandoned: [],
  delivered: [],
};

/** Pausing or abandoning a project must be explained to the partners who follow it. */
const reasonRequiredFor: Partial<Record<ProjectStatus, string>> = {
  paused: "Un motif est obligatoire pour mettre un projet en pause",
  abandoned: "Un motif est obligatoire pour abandonner un projet",
};

/** The sentences for the refusals people actually run into; others get the generic one. */
const refusals: Partial<Record<`${ProjectStatus}>${ProjectStatus}`, string>> = {
  "selected>delivered": "Passer de « retenu » à « livré » sans accompagnement n'est pas possible",
  "selected>paused": "Passer de « retenu » à « en pause » n'est pas possible : l'accompagnement n'a pas commencé",
  "paused>delivered": "Passer de « en pause » à « livré » n'est pas possible : reprenez d'abord l'accompagnement",
};

const isProjectStatus = (status: string): status is ProjectStatus => (projectStatuses as readonly string[]).includes(status);
const quoted = (status: ProjectStatus) => `« ${statusLabels[status]} »`;

/** The statuses a project in `from` may move to (none once delivered or abandoned). */
export function allowedTransitions(from: ProjectStatus): ProjectStatus[] {
  return isProjectStatus(from) ? [...nextStatuses[from]] : [];
}

/** Delivered and abandoned projects never change again. */
export function isFinalStatus(status: ProjectStatus): boolean {
  return allowedTransitions(status).length === 0;
}

/** Whether moving to `to` needs a written reason. */
export function requiresReason(to: ProjectStatus): boolean {
  return reasonRequiredFor[to] !== undefined;
}

/**
 * Refuses, with a French sentence naming both statuses, any move the status machine does
 * not allow, and a pause or an abandonment without a reason.
 */
export function assertTransition(from: ProjectStatus, to: ProjectStatus, reason: string | null): void {
  if (!isProjectStatus(from) || !isProjectStatus(to)) throw new RuleViolation(`Statut de projet inconnu : ${isProjectStatus(from) ? to : from}`);
  if (from === "delivered") throw new RuleViolation("Un projet livré ne peut plus changer de statut");
  if (from === "abandoned") throw new RuleViolation("Un projet abandonné ne peut plus changer de statut");
  if (from === to) throw new RuleViolation(`Le projet est déjà ${quoted(to)}`);
  if (!nextStatuses[from].includes(to)) {
    const possible = nextStatuses[from].map((s) => statusLabels[s]).join(", ");
    throw new RuleViolation(
      refusals[`${from}>${to}`] ?? `Passer de ${quoted(from)} à ${quoted(to)} n'est pas possible (statuts possibles : ${possible})`,
    );
  }
  const missingReason = reasonRequiredFor[to];
  if (missingReason && !reason?.trim()) throw new RuleViolation(missingReason);
}
