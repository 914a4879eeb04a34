import { authSecretOf, InvalidTokenError, verifyAccessToken } from "@tetris/shared/auth";
import express, { type Express } from "express";

const refusedInProduction = "La connexion par jeton n'existe qu'en développement : connectez-vous avec le fournisseur d'identité de l'installation.";

/**
 * The sign-in page of development hands the pasted token here before keeping it: a forged,
 * expired or foreign token is refused at the door, not at the first call that fails. Never in
 * production, where agents sign in through the identity provider.
 */
export function devTokenRoute(app: Express): void {
  app.post("/auth/jeton", express.json({ limit: "16kb" }), async (req, res) => {
    if (process.env.NODE_ENV === "production") {
      res.status(404).json({ error: { message: refusedInProduction } });
      return;
    }
    const token: unknown = req.body?.token;
    if (typeof token !== "string" || token.trim() === "") {
      res.status(400).json({ error: { message: "Collez le jeton d'accès qui vous a été remis.", path: "token" } });
      return;
    }
    try {
      // Production never reaches this line (refused above): the development secret may stand in for AUTH_SECRET.
      const principal = await verifyAccessToken(authSecretOf({ AUTH_SECRET: process.env.AUTH_SECRET, NODE_ENV: "development" }), token.trim());
      res.json({ name: principal.name, role: principal.role, departments: principal.departments });
    } catch (err) {
      if (!(err instanceof InvalidTokenError)) throw err;
      res.status(401).json({ error: { message: `Ce jeton n'est pas accepté (${err.message.toLowerCase()}) : demandez-en un nouveau.`, path: "token" } });
    }
  });
  // A body that is not JSON, or too long: said in French, without the parser's stack.
  app.use("/auth/jeton", (_err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(400).json({ error: { message: "Collez le jeton d'accès tel qu'il vous a été remis.", path: "token" } });
  });
}
