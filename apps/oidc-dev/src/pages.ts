import type { DemoAgent } from "./demo-agents.js";
import { escapeHtml, page } from "./html.js";

/** The login page: one button per demo agent, so that signing in takes one click here. */
export function chooseAccountPage(action: string, agents: readonly DemoAgent[], clientName: string): string {
  const buttons = agents
    .map(
      (agent) => `<li class="fr-mb-2w">
<button class="fr-btn fr-btn--secondary" type="submit" name="agent" value="${escapeHtml(agent.sub)}">
${escapeHtml(`${agent.given_name} ${agent.usual_name}`)} — ${escapeHtml(agent.organisation)}
</button>
<p class="fr-hint-text">${escapeHtml(agent.email)} · SIRET ${escapeHtml(agent.siret)}</p>
</li>`,
    )
    .join("\n");
  return page(
    "Choisissez un compte de démonstration",
    `<h1>Choisissez un compte de démonstration</h1>
<p>pour vous connecter à ${escapeHtml(clientName)}.</p>
<form method="post" action="${escapeHtml(action)}">
<ul class="fr-raw-list">
${buttons}
</ul>
</form>`,
  );
}

/**
 * The sign-out page. With a valid id_token_hint the relying party is known, so — like
 * ProConnect — the form sends itself; without one, the person confirms.
 */
export function logoutPage(form: string, confirmAtOnce: boolean): string {
  if (confirmAtOnce) {
    return page(
      "Déconnexion",
      `<h1>Déconnexion en cours…</h1>
${form.replace("</form>", '<input type="hidden" name="logout" value="yes"><noscript><button class="fr-btn" type="submit">Continuer</button></noscript></form>')}
<script>document.getElementById("op.logoutForm").submit();</script>`,
    );
  }
  return page(
    "Déconnexion",
    `<h1>Voulez-vous vous déconnecter ?</h1>
${form}
<ul class="fr-btns-group fr-btns-group--inline">
<li><button class="fr-btn" autofocus type="submit" form="op.logoutForm" name="logout" value="yes">Me déconnecter</button></li>
<li><button class="fr-btn fr-btn--secondary" type="submit" form="op.logoutForm">Rester connecté</button></li>
</ul>`,
  );
}

export function loggedOutPage(): string {
  return page("Vous êtes déconnecté", "<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette page.</p>");
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    "Erreur",
    `<h1>La connexion n'a pas pu aboutir</h1>
<div class="fr-alert fr-alert--error"><p>Recommencez depuis l'application.</p><p class="fr-hint-text">Détail : ${escapeHtml(description ?? error)} (code ${escapeHtml(error)})</p></div>`,
  );
}
