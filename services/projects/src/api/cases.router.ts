import { departmentCodeSchema, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "../application/deps.js";
import { listCases } from "../application/list-cases.js";
import { caseStages } from "../domain/case-stage.js";
import { caseView, caseViewSchema } from "./views/case.view.js";

const listInput = z
  .object({
    departmentCode: departmentCodeSchema.optional().describe("Only this département's cases."),
    stage: z.enum(caseStages).optional().describe("Only the cases at this stage."),
  })
  .optional();

export function casesRouter(deps: ProjectsDeps) {
  return router({
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({
        summary:
          "The cases (one per département and edition) the caller may see — every département for ANCT, their own for the others — " +
          "by département code then latest edition first, each with its stage, its counts from invitation to delivery, its " +
          "campaign and workshop day when known, and its last activity. Built from every service's events and the projects.",
        errors: ["403 if `departmentCode` is not one of the caller's départements"],
      })
      .input(listInput)
      .output(z.array(caseViewSchema))
      .query(async ({ ctx, input }) => (await listCases(deps, ctx.principal, input ?? {})).map(caseView)),
  });
}
