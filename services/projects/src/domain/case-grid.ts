import type { DepartmentCode } from "@tetris/shared";
import type { Criterion, RankedProject } from "./prioritisation/prioritisation-types.js";

/** A case's prioritisation grid, and the ranking last published from it. */
export interface CaseGrid {
  _id: string;
  departmentCode: DepartmentCode;
  criteria: Criterion[];
  publishedRanking: RankedProject[] | null;
  publishedAt: Date | null;
}
