import { defineEvent } from "../envelope.js";
import { projectDecisionSchema } from "./project-decision.js";

export const projectSelectedV1 = defineEvent("ProjectSelected", 1, "projects", projectDecisionSchema);
