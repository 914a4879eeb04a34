import { useState } from "react";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { CampaignTable } from "../components/campaign-table.js";
import { BarChart, type Bar } from "./bar-chart.js";
import { formatDay, formatInteger } from "./project-format.js";
import { caseProjectsPath, projectPath, themeLabel, type FunnelRow, type NationalView } from "./project-types.js";

type Step = "invited" | "answered" | "needs" | "candidates" | "selected" | "accompanied" | "delivered";

/** The funnel, from the questionnaire to delivered projects. */
export const funnelSteps: { key: Step; label: string }[] = [
  { key: "invited", label: "Acteurs invités" },
  { key: "answered", label: "Acteurs ayant répondu" },
  { key: "needs", label: "Besoins exprimés" },
  { key: "candidates", label: "Projets candidats" },
  { key: "selected", label: "Projets retenus" },
  { key: "accompanied", label: "Projets accompagnés" },
  { key: "delivered", label: "Projets livrés" },
];

const ALL = "";
const departmentOf = (row: Pick<FunnelRow, "departmentCode" | "departmentName">) => `${row.departmentName} (${row.departmentCode})`;

function sumOf(rows: FunnelRow[], key: Step): number {
  return rows.reduce((sum, row) => sum + row[key], 0);
}

function sentence(bars: Bar[]): string {
  return bars.map((b) => `${b.label} : ${formatInteger(b.value)}`).join(" ; ");
}

/**
 * The funnel per département (a table of every département, and a chart of the one chosen,
 * or of all together), and the needs by theme for the same choice.
 */
export function FunnelAndThemes({ view }: { view: NationalView }) {
  const totals = view.funnel.filter((row) => row.themeCode === null);
  const [department, setDepartment] = useState(ALL);
  const chosen = department === ALL ? totals : totals.filter((row) => row.departmentCode === department);
  const where = department === ALL ? "tous départements" : departmentOf(chosen[0] ?? { departmentCode: department, departmentName: department });
  const funnelBars = funnelSteps.map((step) => ({ label: step.label, value: sumOf(chosen, step.key) }));

  const themes = new Map<string, number>();
  for (const row of view.funnel) {
    if (row.themeCode === null || (department !== ALL && row.departmentCode !== department)) continue;
    themes.set(row.themeCode, (themes.get(row.themeCode) ?? 0) + row.needs);
  }
  const themeBars = [...themes]
    .filter(([, needs]) => needs > 0)
    .map(([code, needs]) => ({ label: themeLabel(code), value: needs }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "fr"));

  return (
    <>
      <section className="fr-mb-6w" aria-labelledby="entonnoir">
        <h2 id="entonnoir" tabIndex={-1}>Entonnoir par département</h2>
        <p>
          Du questionnaire aux projets livrés : les invitations et les réponses au questionnaire de cadrage, les besoins exprimés
          pendant les ateliers, puis les projets candidats, retenus, accompagnés et livrés.
        </p>
        {totals.length === 0 ? (
          <p>Aucun département n'a encore de dossier.</p>
        ) : (
          <>
            <CampaignTable caption="Entonnoir par département" hideCaption headers={["Département", ...funnelSteps.map((s) => s.label)]}>
              {totals.map((row) => (
                <tr key={row.departmentCode} data-testid={`departement-${row.departmentCode}`}>
                  <th scope="row">{departmentOf(row)}</th>
                  {funnelSteps.map((step) => (
                    <td key={step.key}>{formatInteger(row[step.key])}</td>
                  ))}
                </tr>
              ))}
            </CampaignTable>
            <div className="fr-select-group" style={{ maxWidth: "32rem" }}>
              <label className="fr-label" htmlFor="graphiques-departement">
                Département montré dans les graphiques
                <span className="fr-hint-text">L'entonnoir et les besoins par thème ci-dessous suivent ce choix.</span>
              </label>
              <select id="graphiques-departement" className="fr-select" value={department} onChange={(e) => setDepartment(e.target.value)}>
                <option value={ALL}>Tous les départements</option>
                {totals.map((row) => (
                  <option key={row.departmentCode} value={row.departmentCode}>{departmentOf(row)}</option>
                ))}
              </select>
            </div>
            <BarChart
              caption={`Entonnoir — ${where}`}
              summary={`Entonnoir, ${where}, du questionnaire à la livraison. ${sentence(funnelBars)}.`}
              bars={funnelBars}
              headers={["Étape", "Nombre"]}
              empty="Aucune donnée."
            />
          </>
        )}
      </section>
      <section className="fr-mb-6w" aria-labelledby="besoins-themes">
        <h2 id="besoins-themes" tabIndex={-1}>Besoins par thème</h2>
        <BarChart
          caption={`Besoins exprimés par thème — ${where}`}
          summary={
            themeBars.length === 0
              ? "Aucun besoin exprimé."
              : `Besoins exprimés par thème, ${where}, du plus cité au moins cité. ${sentence(themeBars)}.`
          }
          bars={themeBars}
          headers={["Thème", "Besoins exprimés"]}
          empty="Aucun besoin n'a encore été exprimé en atelier."
        />
      </section>
    </>
  );
}

/** The levers named in accompaniment plans, most used first. */
export function LeversUsed({ view }: { view: NationalView }) {
  const bars = view.levers.map((l) => ({ label: l.label, value: l.projects }));
  return (
    <BarChart
      caption="Leviers mobilisés dans les plans d'accompagnement (nombre de projets)"
      summary={bars.length === 0 ? "Aucun levier mobilisé." : `Leviers mobilisés, du plus utilisé au moins utilisé, en nombre de projets. ${sentence(bars)}.`}
      bars={bars}
      headers={["Levier", "Projets"]}
      empty="Aucun plan d'accompagnement n'a encore été fait."
    />
  );
}

/** Planned milestones past their due date, the most overdue first, with the way to their project. */
export function OverdueMilestones({ view }: { view: NationalView }) {
  if (view.overdueMilestones.length === 0) return <p>Aucun jalon en retard.</p>;
  return (
    <CampaignTable caption="Jalons en retard, du plus ancien au plus récent" headers={["Département", "Projet", "Jalon", "Échéance", "Retard", "Dossier"]}>
      {view.overdueMilestones.map((m) => (
        <tr key={`${m.projectId}-${m.milestoneTitle}-${m.dueDate}`}>
          <td>{m.departmentCode}</td>
          <td>
            <CampaignNavLink className="fr-link" href={projectPath(m.projectId)}>{m.projectTitle}</CampaignNavLink>
          </td>
          <td>{m.milestoneTitle}</td>
          <td>
            <time dateTime={m.dueDate}>{formatDay(m.dueDate)}</time>
          </td>
          <td>
            <span className="fr-badge fr-badge--sm fr-badge--error">
              {m.daysLate} jour{m.daysLate > 1 ? "s" : ""}
            </span>
          </td>
          <td>
            <CampaignNavLink className="fr-link" href={caseProjectsPath(m.caseId)}>
              {m.caseId}
            </CampaignNavLink>
          </td>
        </tr>
      ))}
    </CampaignTable>
  );
}
