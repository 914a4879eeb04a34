import type { WorkshopModel } from "../infrastructure/workshop.model.js";

export interface WorkshopsDeps {
  workshops: WorkshopModel;
  eventsQueued: () => void;
  now: () => Date;
}
