import type { ActorType } from "@tetris/shared";

/** How staff read each actor type; a `Record` so that a new actor type fails the type check until it is named here. */
export const actorTypeLabels: Record<ActorType, string> = {
  "conseil-departemental": "Conseil départemental",
  epci: "EPCI (intercommunalité)",
  petr: "PETR",
  "association-des-maires": "Association des maires",
  "association-des-maires-ruraux": "Association des maires ruraux",
  "tiers-lieu": "Tiers-lieu",
  ddt: "DDT",
  sgar: "SGAR",
  region: "Région",
  "hub-regional": "Hub régional",
  autre: "Autre",
};
