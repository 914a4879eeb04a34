/** Where a selected project stands in its accompaniment. */
export const projectStatuses = ["selected", "in-accompaniment", "paused", "abandoned", "delivered"] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export interface Milestone {
  milestoneId: string;
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  status: "planned" | "done" | "cancelled";
  /** YYYY-MM-DD, when done. */
  doneOn: string | null;
}

/** A lever of the catalogue ANCT maintains (ingénierie, financement, réseau…). */
export interface Lever {
  code: string;
  label: string;
  family: "ingenierie" | "financement" | "humain" | "reseau";
  description: string;
}

export interface JournalEntry {
  at: Date;
  by: string;
  text: string;
}
