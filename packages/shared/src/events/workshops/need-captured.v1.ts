import { z } from "zod";
import { defineEvent } from "../envelope.js";
import { needSchema } from "./need.js";

export const needCapturedV1 = defineEvent(
  "NeedCaptured",
  1,
  "workshops",
  z.object({ workshopId: z.string().min(1), need: needSchema }),
);
