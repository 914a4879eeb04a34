/** Escapes text put into the pages: names and error descriptions come from outside. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * The frame of every page: French, the State's sober look (DSFR's stylesheet, served from the
 * package the web application already uses) and a banner saying that this is not ProConnect.
 */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Connexion de démonstration</title>
<link rel="stylesheet" href="/dsfr/dsfr.min.css">
</head>
<body>
<div class="fr-notice fr-notice--info"><div class="fr-container"><div class="fr-notice__body">
<p class="fr-notice__title">Fournisseur d'identité de démonstration : il remplace ProConnect en développement et dans les tests. Aucun mot de passe n'est demandé.</p>
</div></div></div>
<main class="fr-container fr-my-6w" id="contenu">
${body}
</main>
</body>
</html>`;
}
