import { caseStageBadge, caseStageLabel, type CaseStage } from "./case-types.js";

export function CaseStageBadge({ stage }: { stage: CaseStage }) {
  return <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${caseStageBadge(stage)}`}>{caseStageLabel(stage)}</span>;
}
