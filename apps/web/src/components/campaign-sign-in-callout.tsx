import { SignInLink } from "./sign-in-link.js";

/** For a visitor who is not signed in: where to sign in, and that respondents need no account. */
export function CampaignSignInCallout() {
  return (
    <div className="fr-callout">
      <h2 className="fr-callout__title">Connectez-vous pour accéder aux campagnes</h2>
      <p className="fr-callout__text">
        Les agents de l'ANCT, des préfectures et des partenaires suivent ici les questionnaires de cadrage de leurs
        départements. Si vous avez reçu un lien pour répondre au questionnaire, ouvrez directement ce lien : aucune
        connexion n'est nécessaire.
      </p>
      <SignInLink className="fr-btn">Se connecter</SignInLink>
    </div>
  );
}
