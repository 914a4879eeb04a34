import { defineEvent } from "../envelope.js";
import { projectDecisionSchema } from "./project-decision.js";

export const projectNotSelectedV1 = defineEvent("ProjectNotSelected", 1, "projects", projectDecisionSchema);
