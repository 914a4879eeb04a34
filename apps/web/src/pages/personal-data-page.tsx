import { LegalPage } from "../shell/legal-page.js";

/** What Tétris does with personal data (RGPD, art. 13 and 14), and why there is no cookie banner. */
export function PersonalDataPage() {
  return (
    <LegalPage title="Données personnelles">
      <p>
        Tétris sert à conduire le diagnostic des besoins numériques d'un département : la préfecture invite les acteurs
        de son territoire à répondre à un questionnaire de cadrage, puis anime une journée d'ateliers, et l'ANCT
        accompagne avec ses partenaires les projets retenus. Cette page dit quelles données personnelles Tétris traite
        pour cela et quels sont vos droits.
      </p>

      <h2>Qui est responsable de ces données</h2>
      <p>
        L'Agence nationale de la cohésion des territoires (ANCT), 20 avenue de Ségur, 75007 Paris, qui met Tétris à
        disposition, et la préfecture du département pour lequel le diagnostic est conduit, qui invite les répondants.
      </p>

      <h2>Quelles données</h2>
      <h3>Pour les répondants</h3>
      <ul>
        <li>le nom de l'organisation invitée (commune, intercommunalité, association, entreprise…) ;</li>
        <li>le nom et l'adresse électronique de la personne à contacter, donnés par la préfecture quand elle envoie l'invitation ;</li>
        <li>les réponses au questionnaire.</li>
      </ul>
      <h3>Pour les agents</h3>
      <p>Le nom, l'adresse électronique et le rôle des agents de l'ANCT, des préfectures et des partenaires qui utilisent Tétris.</p>

      <h2>Pourquoi, et sur quelle base</h2>
      <p>
        Ces données servent à conduire le diagnostic des besoins numériques du département, de l'invitation des
        répondants au suivi des projets accompagnés. Ce traitement relève de la mission d'intérêt public de l'ANCT et
        des préfectures (article 6, paragraphe 1, point e, du règlement général sur la protection des données).
      </p>

      <h2>Qui peut les lire</h2>
      <ul>
        <li>la préfecture du département concerné ;</li>
        <li>l'ANCT ;</li>
        <li>
          les partenaires associés au dossier du département, pour les réponses au questionnaire seulement : ils ne
          voient jamais les noms ni les adresses électroniques des personnes à contacter.
        </li>
      </ul>
      <p>Ces données ne sont ni vendues ni cédées, et ne servent à aucune autre fin.</p>

      <h2>Combien de temps</h2>
      <p>
        Les données sont conservées jusqu'à la fin du suivi des projets du dossier du département. Les noms et adresses
        électroniques des personnes à contacter sont alors effacés, et les réponses pseudonymisées.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder aux données qui vous concernent, les faire rectifier, vous opposer à leur traitement et en
        demander la limitation. Pour exercer ces droits, adressez-vous :
      </p>
      <ul>
        <li>à la préfecture qui vous a envoyé l'invitation ;</li>
        <li>ou au délégué à la protection des données de l'ANCT, par courrier : ANCT, délégué à la protection des données, 20 avenue de Ségur, 75007 Paris.</li>
      </ul>
      <p>
        Si vous estimez, après les avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
        réclamation à la Commission nationale de l'informatique et des libertés (<a href="https://www.cnil.fr/fr/plaintes">CNIL</a>).
      </p>

      <h2>Cookies et stockage dans le navigateur</h2>
      <p>
        Tétris ne dépose aucun cookie et n'utilise aucun outil de mesure d'audience : il n'y a donc rien à accepter ni
        à refuser. Votre navigateur garde seulement, sur votre appareil :
      </p>
      <ul>
        <li>les réponses ou les besoins saisis qui n'ont pas encore pu être envoyés, pour ne pas les perdre si la connexion est coupée ;</li>
        <li>pour la saisie en atelier, le programme de la dernière journée d'ateliers ouverte, sans la liste des participants ;</li>
        <li>la connexion d'un agent, pour l'onglet ouvert seulement : elle disparaît quand l'onglet est fermé ;</li>
        <li>les pages de l'application, pour qu'elles s'ouvrent même sans réseau.</li>
      </ul>
    </LegalPage>
  );
}
