import { runServiceMain } from "@tetris/shared";
import { workshopsConfigSchema } from "./config.js";
import { wireWorkshops } from "./wiring.js";

await runServiceMain("workshops", workshopsConfigSchema, wireWorkshops);
