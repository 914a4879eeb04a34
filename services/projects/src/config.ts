import { serviceConfigSchema } from "@tetris/shared";

export const projectsConfigSchema = serviceConfigSchema({ port: 4103, dbName: "tetris_projects" });
