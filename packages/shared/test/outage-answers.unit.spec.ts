import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createLogger, publicProcedure, router } from "../src/index.js";

const logger = createLogger("outage-test", "silent");
const context = { principal: null, authError: null, correlationId: "corr-outage", logger };
const failing = (err: Error) => router({ submit: publicProcedure.mutation(() => Promise.reject(err)) }).createCaller(context);

function named(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

describe("a procedure whose database is away", () => {
  it("answers 503, retry later, when the database times out or is unreachable", async () => {
    for (const err of [named("MongoNetworkTimeoutError", "connection 3 to 127.0.0.1:27017 timed out"), named("MongoServerSelectionError", "connect ECONNREFUSED 127.0.0.1:27017")]) {
      const refused = await failing(err).submit().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(TRPCError);
      expect((refused as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
      expect((refused as TRPCError).message).toContain("réessayez");
    }
  });

  it("still answers 500 for a bug", async () => {
    const refused = await failing(new TypeError("cannot read properties of undefined")).submit().catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
  });
});
