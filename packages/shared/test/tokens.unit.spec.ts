import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { canActOn, signAccessToken, verifyAccessToken, type Principal } from "../src/index.js";

const secret = "a-test-secret-that-is-long-enough-for-hs256";
const prefecture: Principal = { subject: "p-55", name: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] };

describe("access tokens", () => {
  it("carry the role and départements of their holder", async () => {
    const token = await signAccessToken(secret, prefecture);
    expect(await verifyAccessToken(secret, token)).toEqual(prefecture);
  });

  it("are refused when expired, forged with another secret, or unsigned", async () => {
    const expired = await signAccessToken(secret, prefecture, "-1s");
    await expect(verifyAccessToken(secret, expired)).rejects.toThrow("Jeton expiré");
    const forged = await signAccessToken("another-secret-of-sufficient-length-xx", prefecture);
    await expect(verifyAccessToken(secret, forged)).rejects.toThrow("Jeton invalide");
    const [header, payload] = forged.split(".");
    await expect(verifyAccessToken(secret, `${header}.${payload}.`)).rejects.toThrow("Jeton invalide");
  });

  it("are refused when their claims do not make a principal", async () => {
    const token = await new SignJWT({ role: "superuser", departments: ["55"], name: "x" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("tetris")
      .setAudience("tetris-api")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    await expect(verifyAccessToken(secret, token)).rejects.toThrow("Jeton sans identité valide");
  });

  it("let ANCT act everywhere and the others only on their départements", () => {
    expect(canActOn(prefecture, "55")).toBe(true);
    expect(canActOn(prefecture, "09")).toBe(false);
    expect(canActOn({ ...prefecture, role: "anct", departments: [] }, "09")).toBe(true);
  });
});
