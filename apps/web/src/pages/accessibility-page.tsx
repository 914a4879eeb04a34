import { LegalPage } from "../shell/legal-page.js";

/**
 * The accessibility statement, on the model the RGAA sets out. "Non conforme" is the status the
 * RGAA gives a site without a valid audit, whatever the automated checks say.
 */
export function AccessibilityPage() {
  return (
    <LegalPage title="Déclaration d'accessibilité">
      <p>
        L'Agence nationale de la cohésion des territoires (ANCT) s'engage à rendre ses services numériques accessibles,
        conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>Cette déclaration d'accessibilité s'applique à Tétris, le diagnostic des besoins numériques du territoire.</p>

      <h2>État de conformité</h2>
      <p>
        Tétris est <strong>non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA),
        version 4.1.2 : aucun audit de conformité n'a encore été réalisé.
      </p>

      <h2>Résultats des tests</h2>
      <p>En l'absence d'audit, aucun taux de conformité ne peut être donné. Les vérifications faites à chaque évolution de Tétris sont les suivantes :</p>
      <ul>
        <li>
          chaque page (questionnaire des répondants, connexion, campagnes, journée d'ateliers et saisie des besoins,
          dossiers, projets, vue nationale, pages d'information) est contrôlée automatiquement avec axe-core, sur les
          critères des WCAG 2.1 niveaux A et AA ; aucun défaut n'y est accepté, quel que soit son niveau de gravité ;
        </li>
        <li>
          chaque page est affichée sur un écran de téléphone de 320 pixels de large, et les pages communes aussi à 390,
          640 (un écran de 1 280 pixels agrandi à 200 %) et 1 280 pixels, sans défilement horizontal de la page ;
        </li>
        <li>
          au clavier : le menu de l'en-tête s'ouvre, garde le focus tant qu'il est ouvert, se ferme avec Échap ou
          « Fermer » et rend le focus au bouton « Menu » ; les tableaux qui défilent sont atteignables au clavier.
        </li>
      </ul>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités connues</h3>
      <ul>
        <li>
          Les contrôles automatisés ne couvrent qu'une partie des critères du RGAA : les alternatives textuelles, la
          pertinence des titres et des intitulés, l'ordre de lecture et la restitution par les lecteurs d'écran n'ont
          pas été vérifiés par une personne.
        </li>
        <li>Les pages n'ont pas été testées avec des lecteurs d'écran (NVDA, JAWS, VoiceOver, TalkBack).</li>
        <li>
          Les documents téléchargés (exports CSV et XLSX, compte rendu de la journée d'ateliers en PDF) n'ont pas été
          vérifiés ; le compte rendu existe aussi en HTML.
        </li>
      </ul>
      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3>Contenus non soumis à l'obligation d'accessibilité</h3>
      <p>Aucun.</p>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 3 décembre 2026.</p>
      <h3>Technologies utilisées pour la réalisation de Tétris</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS, avec le système de design de l'État (DSFR)</li>
        <li>JavaScript (React)</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>Navigateur Chromium (sans interface graphique), aux largeurs de 320, 390, 640 et 1 280 pixels.</p>
      <h3>Outils pour évaluer l'accessibilité</h3>
      <ul>
        <li>axe-core</li>
        <li>navigation au clavier</li>
      </ul>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service de Tétris, signalez-le pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme :
      </p>
      <ul>
        <li>si vous répondez à un questionnaire, à la préfecture qui vous a invité (ses coordonnées figurent dans son message d'invitation) ;</li>
        <li>dans tous les cas, à l'ANCT, par courrier : Agence nationale de la cohésion des territoires, 20 avenue de Ségur, 75007 Paris.</li>
      </ul>

      <h2>Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service de Tétris
        et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>écrire un message au Défenseur des droits, par son <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a> ;</li>
        <li>contacter <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits dans votre région</a> ;</li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
          71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </LegalPage>
  );
}
