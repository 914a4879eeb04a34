import { useState } from "react";
import { isCaseStage, type CaseStage } from "./case-types.js";

export interface CaseFilters {
  department: string;
  stage: CaseStage | "";
}

const DEPARTMENT = "departement";
const STAGE = "etape";

function fromAddress(): CaseFilters {
  const params = new URLSearchParams(location.search);
  const stage = params.get(STAGE) ?? "";
  return { department: params.get(DEPARTMENT) ?? "", stage: isCaseStage(stage) ? stage : "" };
}

/**
 * The filters of the list, kept in the address (`?departement=09&etape=…`): coming back from a
 * case with the browser's back button, or from a bookmark, finds the list as it was left.
 */
export function useCaseFilters(): [CaseFilters, (next: CaseFilters) => void] {
  const [filters, setFilters] = useState(fromAddress);
  function change(next: CaseFilters) {
    const params = new URLSearchParams();
    if (next.department) params.set(DEPARTMENT, next.department);
    if (next.stage) params.set(STAGE, next.stage);
    const query = params.toString();
    history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
    setFilters(next);
  }
  return [filters, change];
}
