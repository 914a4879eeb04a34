import { runServiceMain } from "@tetris/shared";
import { projectsConfigSchema } from "./config.js";
import { wireProjects } from "./wiring.js";

await runServiceMain("projects", projectsConfigSchema, wireProjects);
