/** The DSFR « Sommaire » of the campaign page: one link per section. */
export function CampaignSummaryNav({ sections }: { sections: { id: string; label: string }[] }) {
  return (
    <nav className="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire-titre">
      <h2 className="fr-summary__title" id="sommaire-titre">Sommaire</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a className="fr-summary__link" href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
