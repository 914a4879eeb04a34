import express, { type Express } from "express";
import type Provider from "oidc-provider";
import { demoAgentBySub, demoAgents } from "./demo-agents.js";
import { chooseAccountPage, errorPage } from "./pages.js";

/**
 * The login step of the authorization flow: the person picks a demo agent (no password) and the
 * provider goes on with that account. Consent never shows (see grantEverythingAsked).
 */
export function interactionRoutes(app: Express, provider: Provider): void {
  app.get("/interaction/:uid", async (req, res, next) => {
    try {
      const { uid, prompt, params } = await provider.interactionDetails(req, res);
      if (prompt.name !== "login") {
        res.status(400).type("html").send(errorPage("unexpected_prompt", `Étape inattendue : ${prompt.name}.`));
        return;
      }
      const client = await provider.Client.find(String(params.client_id));
      res.type("html").send(chooseAccountPage(`/interaction/${uid}/login`, demoAgents, client?.clientName ?? "l'application"));
    } catch (err) {
      next(err);
    }
  });

  app.post("/interaction/:uid/login", express.urlencoded({ extended: false }), async (req, res, next) => {
    try {
      const agent = demoAgentBySub(String(req.body?.agent ?? ""));
      if (!agent) {
        res.status(400).type("html").send(errorPage("unknown_agent", "Ce compte de démonstration n'existe pas."));
        return;
      }
      // ProConnect's default level of assurance.
      await provider.interactionFinished(req, res, { login: { accountId: agent.sub, acr: "eidas1", amr: ["pwd"] } }, { mergeWithLastSubmission: false });
    } catch (err) {
      next(err);
    }
  });
}
