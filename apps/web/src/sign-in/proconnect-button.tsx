import "./proconnect-button.css";

/**
 * ProConnect's button as its kit prescribes it: « S’identifier avec ProConnect », on DSFR's
 * connect button, with the « Qu’est-ce que ProConnect ? » link opening in a new window. A link
 * rather than a button: it starts the sign-in at the gateway by a plain navigation.
 */
export function ProConnectButton({ returnTo }: { returnTo: string }) {
  const href = returnTo === "/" ? "/auth/connexion" : `/auth/connexion?retour=${encodeURIComponent(returnTo)}`;
  return (
    <div className="fr-connect-group">
      <a className="fr-connect tetris-proconnect" href={href}>
        <span className="fr-connect__login">S’identifier avec</span> <span className="fr-connect__brand">ProConnect</span>
      </a>
      <p>
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener" title="Qu’est-ce que ProConnect ? - nouvelle fenêtre">
          Qu’est-ce que ProConnect ?
        </a>
      </p>
    </div>
  );
}
