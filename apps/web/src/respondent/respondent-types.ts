import type { questionnaire } from "../api.js";

/** What `respondent.open` answers: the questionnaire, the draft and the last submission. */
export type Opened = Awaited<ReturnType<typeof questionnaire.respondent.open.query>>;
export type Template = Opened["template"];
export type Section = Template["sections"][number];
export type Question = Section["questions"][number];
export type Territories = Opened["territories"];
