import { serviceConfigSchema } from "@tetris/shared";

export const workshopsConfigSchema = serviceConfigSchema({ port: 4102, dbName: "tetris_workshops" });
