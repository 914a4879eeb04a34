/** What the sign-in page says after a round trip to the provider, from its query string. */
export function signInOutcome(search: string): { kind: "error" | "success"; title: string; text: string } | null {
  const params = new URLSearchParams(search);
  switch (params.get("erreur")) {
    case "annulee":
      return { kind: "error", title: "Connexion annulée", text: "Vous n’avez pas terminé la connexion avec ProConnect. Recommencez quand vous le souhaitez." };
    case "expiree":
      return { kind: "error", title: "La connexion a expiré", text: "Elle a pris plus de dix minutes, ou a été commencée dans un autre onglet. Recommencez depuis le bouton ci-dessous." };
    case "refusee":
      return { kind: "error", title: "La connexion n’a pas pu être vérifiée", text: "La réponse de ProConnect n’a pas passé nos contrôles de sécurité. Recommencez ; si cela se reproduit, signalez-le à l’équipe Tétris." };
    case "indisponible":
      return { kind: "error", title: "Connexion momentanément impossible", text: "ProConnect ou Tétris ne répond pas. Réessayez dans quelques minutes." };
  }
  if (params.get("deconnexion") === "locale") return { kind: "success", title: "Vous êtes déconnecté de Tétris", text: "ProConnect n’a pas pu être joint : fermez votre navigateur pour vous déconnecter aussi de ProConnect." };
  if (params.has("state") || params.has("deconnexion")) return { kind: "success", title: "Vous êtes déconnecté", text: "Vous êtes déconnecté de Tétris et de ProConnect." };
  return null;
}
