import type { ActorType } from "@tetris/shared";
import type { RankedTheme } from "../../domain/theme-ranking.js";
import type { Answers, QuestionnaireTemplate } from "../../domain/template/template.js";

/** Everything an export of a campaign shows, gathered by the use case before formatting. */
export interface CampaignExportData {
  campaign: {
    campaignId: string;
    caseId: string;
    departmentCode: string;
    title: string;
    status: "open" | "closed";
    opensAt: Date;
    closesAt: Date;
  };
  template: QuestionnaireTemplate;
  /** One row per invitation, answered or not; answers are those of the last submission. */
  rows: {
    invitationId: string;
    organisation: string;
    actorType: ActorType;
    territory: string | null;
    contactName: string | null;
    contactEmail: string | null;
    submittedAt: Date | null;
    revision: number;
    answers: Answers;
  }[];
  /** Null while the campaign is open. */
  ranking: RankedTheme[] | null;
  participation: { actorType: ActorType; invited: number; responded: number }[];
}
