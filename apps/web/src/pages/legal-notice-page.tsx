import { LegalPage } from "../shell/legal-page.js";

/** The legal notice (loi pour la confiance dans l'économie numérique, art. 6): who publishes Tétris and who hosts it. */
export function LegalNoticePage() {
  return (
    <LegalPage title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        Agence nationale de la cohésion des territoires (ANCT)
        <br />
        20 avenue de Ségur
        <br />
        75007 Paris
      </p>
      <p>Tétris est édité par l'ANCT, qui le met à la disposition des préfectures et de leurs partenaires pour conduire le diagnostic des besoins numériques de chaque département.</p>

      <h2>Directeur de la publication</h2>
      <p>Le directeur général de l'Agence nationale de la cohésion des territoires.</p>

      <h2>Hébergement</h2>
      <p>
        L'hébergeur dépend de l'installation de Tétris que vous consultez. Son nom, son adresse et son numéro de téléphone
        sont à compléter ici par l'exploitant qui met cette installation en service.
      </p>

      <h2>Accessibilité</h2>
      <p>
        L'état de conformité de Tétris au référentiel général d'amélioration de l'accessibilité (RGAA) est décrit dans
        la <a href="/accessibilite">déclaration d'accessibilité</a>.
      </p>

      <h2>Données personnelles</h2>
      <p>
        Les données que Tétris traite, pourquoi, qui les lit, combien de temps elles sont gardées et vos droits sont
        décrits sur la page <a href="/donnees-personnelles">Données personnelles</a>.
      </p>

      <h2>Réutilisation des contenus</h2>
      <p>
        Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés
        sous licence etalab-2.0 (licence ouverte).
      </p>

      <h2>Sécurité</h2>
      <p>
        Le lien d'invitation reçu par un répondant et le jeton d'accès d'un agent sont personnels : ne les transmettez
        pas. L'ANCT ou la préfecture ne vous les demanderont jamais par téléphone ou par courriel.
      </p>
    </LegalPage>
  );
}
