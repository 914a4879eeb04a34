import { useState } from "react";
import { returnPathAfterSignIn } from "../components/sign-in-link.js";
import { usePageTitle } from "../page-title.js";
import { awaitingHabilitation, currentUser, tokenSignInAvailable } from "../session.js";
import { ProConnectButton } from "../sign-in/proconnect-button.js";
import { signInOutcome } from "../sign-in/sign-in-outcome.js";
import { TokenSignInForm } from "../sign-in/token-sign-in-form.js";

/**
 * Agents sign in with ProConnect, the State's identity for public agents. In development the
 * gateway also accepts a pasted bearer token: offered below, folded, never in production.
 */
export function LoginPage() {
  usePageTitle("Connexion");
  const outcome = signInOutcome(location.search);
  const returnTo = returnPathAfterSignIn(location.search);
  const signedInAs = currentUser()?.name ?? awaitingHabilitation()?.name;
  const [tokenOpen, setTokenOpen] = useState(false);

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion des agents</h1>
        {outcome && (
          <div className={`fr-alert fr-alert--${outcome.kind} fr-mb-4w`} role={outcome.kind === "error" ? "alert" : "status"}>
            <h2 className="fr-alert__title">{outcome.title}</h2>
            <p>{outcome.text}</p>
          </div>
        )}
        {signedInAs && !outcome && (
          <div className="fr-alert fr-alert--info fr-mb-4w">
            <h2 className="fr-alert__title">Vous êtes déjà connecté</h2>
            <p>
              Connecté en tant que {signedInAs}. <a href={returnTo}>Continuer vers Tétris</a>
            </p>
          </div>
        )}
        <p>
          Les agents de l’ANCT, des préfectures et des partenaires se connectent avec ProConnect, l’identité numérique des agents publics, avec le compte
          de leur administration.
        </p>
        <ProConnectButton returnTo={returnTo} />
        <p className="fr-text--sm">
          Votre premier accès ? Après votre connexion, l’ANCT vous attribue votre rôle et vos départements ; vous êtes connecté pour 12 heures au plus.
        </p>
        {tokenSignInAvailable() && (
          <section className="fr-accordion fr-mt-4w">
            <h2 className="fr-accordion__title">
              <button type="button" className="fr-accordion__btn" aria-expanded={tokenOpen} aria-controls="connexion-jeton" onClick={() => setTokenOpen(!tokenOpen)}>
                Se connecter avec un jeton (développement)
              </button>
            </h2>
            <div className={`fr-collapse${tokenOpen ? " fr-collapse--expanded" : ""}`} id="connexion-jeton">
              <TokenSignInForm />
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
