import { useState, type FormEvent } from "react";
import { returnPathAfterSignIn } from "../components/sign-in-link.js";
import { usePageTitle } from "../page-title.js";
import { signIn } from "../session.js";

/**
 * Staff sign in with the bearer token they were given (`npm run token` locally), in development
 * only: the gateway refuses tokens pasted here in production. The page is the one place to
 * change when the State's OpenID Connect provider replaces tokens.
 */
export function LoginPage() {
  usePageTitle("Connexion");
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);

  const [checking, setChecking] = useState(false);

  // The gateway checks the token's signature and expiry before the tab keeps it: a forged or
  // expired token is refused here, not at the first call that fails.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (token.trim() === "") {
      setError("Collez le jeton d'accès qui vous a été remis.");
      document.getElementById("jeton")?.focus();
      return;
    }
    setChecking(true);
    try {
      const answer = await fetch("/auth/jeton", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: token.trim() }) });
      if (!answer.ok) {
        const body = (await answer.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? "Le jeton n'a pas pu être vérifié : réessayez dans un instant.");
        document.getElementById("jeton")?.focus();
        return;
      }
      signIn(token);
      location.assign(returnPathAfterSignIn(location.search));
    } catch {
      setError("Le service ne répond pas : vérifiez votre connexion, puis réessayez.");
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion des agents</h1>
        <p>Collez le jeton d'accès qui vous a été remis par votre administrateur.</p>
        <form onSubmit={submit} noValidate>
          <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
            <label className="fr-label" htmlFor="jeton">
              Jeton d'accès
              <span className="fr-hint-text">Il reste valable 8 heures ; il n'est conservé que dans cet onglet.</span>
            </label>
            <textarea
              className={`fr-input${error ? " fr-input--error" : ""}`}
              id="jeton"
              name="jeton"
              rows={4}
              value={token}
              onChange={(e) => setToken(e.target.value)}
              aria-describedby={error ? "jeton-erreur" : undefined}
              required
            />
            {error && <p id="jeton-erreur" className="fr-error-text">{error}</p>}
          </div>
          <button className="fr-btn" type="submit" disabled={checking} aria-busy={checking}>{checking ? "Vérification…" : "Se connecter"}</button>
        </form>
      </div>
    </div>
  );
}
