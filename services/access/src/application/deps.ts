import type { SessionLifetimes } from "../domain/session.js";
import type { HabilitationModel } from "../infrastructure/habilitation.model.js";
import type { SessionEventModel } from "../infrastructure/journal.model.js";
import type { SessionModel } from "../infrastructure/session.model.js";

export interface AccessDeps {
  habilitations: HabilitationModel;
  sessions: SessionModel;
  sessionEvents: SessionEventModel;
  lifetimes: SessionLifetimes;
  now: () => Date;
}
