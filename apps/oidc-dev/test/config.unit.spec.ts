import { loadConfig } from "@tetris/shared";
import { describe, expect, it } from "vitest";
import { devProviderConfigSchema } from "../src/config.js";

describe("the local provider's configuration", () => {
  it("defaults to the gateway on 127.0.0.1 and reads comma-separated URIs", () => {
    expect(loadConfig(devProviderConfigSchema, {})).toMatchObject({
      OIDC_DEV_PORT: 4109,
      OIDC_DEV_CLIENT_ID: "tetris-web",
      OIDC_DEV_REDIRECT_URIS: ["http://127.0.0.1:4100/auth/callback"],
      OIDC_DEV_POST_LOGOUT_REDIRECT_URIS: ["http://127.0.0.1:4100/connexion", "http://127.0.0.1:4100/"],
    });
    expect(
      loadConfig(devProviderConfigSchema, { OIDC_DEV_REDIRECT_URIS: "http://127.0.0.1:4100/auth/callback, http://localhost:5173/auth/callback" }).OIDC_DEV_REDIRECT_URIS,
    ).toEqual(["http://127.0.0.1:4100/auth/callback", "http://localhost:5173/auth/callback"]);
  });

  it("refuses production, where a login without password must never be", () => {
    expect(() => loadConfig(devProviderConfigSchema, { NODE_ENV: "production" })).toThrow(/jamais servir en production/);
  });
});
