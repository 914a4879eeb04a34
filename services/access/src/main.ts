import { runServiceMain } from "@tetris/shared";
import { accessConfigSchema } from "./config.js";
import { wireAccess } from "./wiring.js";

await runServiceMain("access", accessConfigSchema, wireAccess);
