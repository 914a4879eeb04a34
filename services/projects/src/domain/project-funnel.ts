import type { Project } from "./project.js";

type Status = Project["status"];

// A selected project stays counted as selected whatever became of it since, abandoned included.
const SELECTED = new Set<Status>(["selected", "in-accompaniment", "paused", "abandoned", "delivered"]);
const ACCOMPANIED = new Set<Status>(["in-accompaniment", "paused", "delivered"]);

/** Where a project stands in the funnel, as the national view and the list of cases count it. */
export function funnelStepsOf(status: Status): { selected: boolean; accompanied: boolean; delivered: boolean } {
  return { selected: SELECTED.has(status), accompanied: ACCOMPANIED.has(status), delivered: status === "delivered" };
}
