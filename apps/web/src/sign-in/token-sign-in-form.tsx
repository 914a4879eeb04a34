import { useState, type FormEvent } from "react";
import { returnPathAfterSignIn } from "../components/sign-in-link.js";
import { signInWithToken } from "../session.js";

/**
 * Development only (the gateway refuses it in production): signs in with a bearer token from
 * `npm run token`, checked by the gateway (signature, expiry) before the tab keeps it.
 */
export function TokenSignInForm() {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

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
      signInWithToken(token);
      location.assign(returnPathAfterSignIn(location.search));
    } catch {
      setError("Le service ne répond pas : vérifiez votre connexion, puis réessayez.");
    } finally {
      setChecking(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="jeton">
          Jeton d'accès
          <span className="fr-hint-text">Obtenu avec « npm run token » ; il n'est conservé que dans cet onglet.</span>
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
      <button className="fr-btn fr-btn--secondary" type="submit" disabled={checking} aria-busy={checking}>{checking ? "Vérification…" : "Se connecter avec ce jeton"}</button>
    </form>
  );
}
