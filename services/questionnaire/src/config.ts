import { serviceConfigSchema } from "@tetris/shared";

export const questionnaireConfigSchema = serviceConfigSchema({ port: 4101, dbName: "tetris_questionnaire" });
