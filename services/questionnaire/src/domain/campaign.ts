import { RuleViolation, type ActorType, type DepartmentCode, type Territory } from "@tetris/shared";

export interface Invitation {
  invitationId: string;
  organisation: string;
  actorType: ActorType;
  territory: Territory | null;
}

/** One campaign per case: the questionnaire's life from opening to the ranked themes. */
export interface Campaign {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  title: string;
  templateId: string;
  templateVersion: number;
  opensAt: Date;
  closesAt: Date;
  status: "open" | "closed";
  invitations: Invitation[];
  closedAt: Date | null;
}

/** A case is one département for one edition: its id says both. */
export function caseIdOf(departmentCode: string, edition: number): string {
  return `case-${departmentCode}-${edition}`;
}

export function assertCanClose(campaign: Pick<Campaign, "status">): void {
  if (campaign.status === "closed") throw new RuleViolation("La campagne est déjà clôturée");
}
