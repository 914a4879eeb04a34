import { statusLabels, type WorkshopStatus } from "./workshop-types.js";

const tone: Record<WorkshopStatus, string> = {
  draft: "fr-badge--new",
  scheduled: "fr-badge--info",
  completed: "fr-badge--success",
};

/** « En préparation », « Programmée » or « Clôturée ». */
export function WorkshopStatusBadge({ status }: { status: WorkshopStatus }) {
  return <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${tone[status]}`}>{statusLabels[status]}</span>;
}
