import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { GATEWAY_TOKEN_HEADER, InvalidTokenError, signAccessToken, signGatewayToken, verifyAccessToken, verifyGatewayToken } from "../src/index.js";

const secret = "a-test-secret-that-is-long-enough-for-hs256";
const encoder = new TextEncoder();

describe("the gateway's credential", () => {
  it("is named by its header and verified with the installation's secret", async () => {
    expect(GATEWAY_TOKEN_HEADER).toBe("x-tetris-gateway");
    await expect(verifyGatewayToken(secret, await signGatewayToken(secret))).resolves.toBeUndefined();
  });

  it("lasts five minutes", async () => {
    const token = await signGatewayToken(secret);
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: "tetris", aud: "tetris-gateway", sub: "gateway" });
    expect((claims.exp as number) - (claims.iat as number)).toBe(300);
  });

  it("is refused when forged, expired, without expiry, of another subject or unsigned, in French", async () => {
    const forged = await signGatewayToken("another-secret-of-sufficient-length-xx");
    await expect(verifyGatewayToken(secret, forged)).rejects.toThrow("Jeton de passerelle invalide");
    const claims = () => new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setIssuer("tetris").setAudience("tetris-gateway");
    const now = Math.floor(Date.now() / 1000);
    const expired = await claims().setSubject("gateway").setIssuedAt(now - 600).setExpirationTime(now - 300).sign(encoder.encode(secret));
    await expect(verifyGatewayToken(secret, expired)).rejects.toThrow("Jeton de passerelle expiré");
    const endless = await claims().setSubject("gateway").sign(encoder.encode(secret));
    await expect(verifyGatewayToken(secret, endless)).rejects.toThrow("Jeton de passerelle sans expiration");
    const otherSubject = await claims().setSubject("intrus").setExpirationTime("5m").sign(encoder.encode(secret));
    await expect(verifyGatewayToken(secret, otherSubject)).rejects.toThrow(InvalidTokenError);
    const [header, payload] = (await signGatewayToken(secret)).split(".");
    await expect(verifyGatewayToken(secret, `${header}.${payload}.`)).rejects.toThrow("Jeton de passerelle invalide");
  });

  it("is not a staff token, and a staff token is not a gateway credential (another audience)", async () => {
    const staff = await signAccessToken(secret, { subject: "a", name: "Agent ANCT", role: "anct", departments: [] });
    await expect(verifyGatewayToken(secret, staff)).rejects.toThrow("Jeton de passerelle invalide");
    await expect(verifyAccessToken(secret, await signGatewayToken(secret))).rejects.toThrow("Jeton invalide");
  });
});
