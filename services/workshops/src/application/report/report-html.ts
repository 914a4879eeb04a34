import type { WorkshopReportData } from "./report-data.js";
import {
  attendanceSummary,
  blockersLabel,
  candidatesByVotes,
  countLabel,
  emptyStates,
  facilitatorsLabel,
  footerCredit,
  formatBudget,
  formatDay,
  formatGeneratedAt,
  formatInteger,
  kindLabel,
  maturityLabel,
  orDash,
  presenceLabel,
  reportTitle,
  scoreLabel,
  sectionTitles,
  statusLabel,
  territoriesLabel,
  votesLabel,
} from "./report-text.js";

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Everything that reaches the page from data goes through here: statements and names are typed by people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

/** The day's report as one self-contained, printable French HTML page (no external resource). */
export function workshopReportHtml(data: WorkshopReportData): string {
  const title = htmlTitle(data.workshop);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styles}</style>
</head>
<body>
<main>
${titleBlock(data)}
${sessionsSection(data.sessions)}
${attendanceSection(data.attendance)}
${needsSection(data.needsByTheme)}
${candidatesSection(data.candidates)}
<footer class="credit">Document généré le ${escapeHtml(formatGeneratedAt(data.workshop.generatedAt, data.workshop.departmentCode))} · ${footerCredit}</footer>
</main>
</body>
</html>
`;
}

/** Only the département comes from data; the wording around it is ours and keeps its plain apostrophe. */
const htmlTitle = (workshop: WorkshopReportData["workshop"]): string =>
  reportTitle({ departmentName: escapeHtml(workshop.departmentName), departmentCode: escapeHtml(workshop.departmentCode) });

function titleBlock({ workshop }: WorkshopReportData): string {
  const facts: [string, string][] = [
    ["Date", formatDay(workshop.date)],
    ["Lieu", workshop.venue?.trim() || "Lieu à préciser"],
    ["Dossier", workshop.caseId],
    ["Statut", statusLabel(workshop.status)],
  ];
  return `<header class="title-block">
<p class="brand">Tétris · Agence nationale de la cohésion des territoires</p>
<h1>${htmlTitle(workshop)}</h1>
<p class="subtitle">${escapeHtml(workshop.title)}</p>
<dl class="facts">
${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`).join("\n")}
</dl>
</header>`;
}

function sessionsSection(sessions: WorkshopReportData["sessions"]): string {
  const head = ["Atelier", "Thème", "Horaire", "Salle", "Animateurs", "Inscrits", "Présents"];
  const rows = sessions.map(
    (s) => `<tr><td>${escapeHtml(s.title)}</td><td>${escapeHtml(s.themeLabel)}</td><td class="nowrap">${escapeHtml(orDash(s.slot))}</td>` +
      `<td>${escapeHtml(orDash(s.room))}</td><td>${escapeHtml(facilitatorsLabel(s.facilitators))}</td>` +
      `<td class="num">${formatInteger(s.registered)}</td><td class="num">${formatInteger(s.present)}</td></tr>`,
  );
  return `<section id="deroule" aria-labelledby="deroule-titre">
<h2 id="deroule-titre">${sectionTitles.sessions}</h2>
${sessions.length === 0 ? empty(emptyStates.sessions) : table(head, rows, [5, 6])}
</section>`;
}

function attendanceSection(attendance: WorkshopReportData["attendance"]): string {
  const rows = attendance.participants.map(
    (p) => `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.organisation)}</td>` +
      `<td class="${p.present ? "present" : "absent"}">${presenceLabel(p.present)}</td></tr>`,
  );
  return `<section id="participation" aria-labelledby="participation-titre">
<h2 id="participation-titre">${sectionTitles.attendance}</h2>
<p class="summary">${escapeHtml(attendanceSummary(attendance))}</p>
${rows.length === 0 ? empty(emptyStates.participants) : table(["Participant", "Organisation", "Présence"], rows, [])}
</section>`;
}

function needsSection(themes: WorkshopReportData["needsByTheme"]): string {
  const hasNeeds = themes.some((theme) => theme.needs.length > 0);
  return `<section id="besoins" class="new-page" aria-labelledby="besoins-titre">
<h2 id="besoins-titre">${sectionTitles.needs}</h2>
${hasNeeds ? themes.map(themeNeeds).join("\n") : empty(emptyStates.needs)}
</section>`;
}

function themeNeeds(theme: WorkshopReportData["needsByTheme"][number]): string {
  const needs = theme.needs.map(
    (need) => `<li class="need">
<p class="statement">${escapeHtml(need.statement)}</p>
<p class="meta"><span class="score">${scoreLabel(need.urgency, need.impact)}</span> · Territoires : ${escapeHtml(territoriesLabel(need.territories))}</p>
<p class="blockers"><strong>Freins :</strong> ${escapeHtml(blockersLabel(need.blockers))}</p>
</li>`,
  );
  return `<section class="theme">
<h3>${escapeHtml(theme.themeLabel)} <span class="count">(${countLabel(theme.needs.length, "besoin", "besoins")})</span></h3>
${needs.length === 0 ? empty(emptyStates.themeNeeds) : `<ol class="needs">\n${needs.join("\n")}\n</ol>`}
</section>`;
}

function candidatesSection(candidates: WorkshopReportData["candidates"]): string {
  const cards = candidatesByVotes(candidates).map((c) => {
    const facts: [string, string][] = [
      ["Porteur", c.leadOrganisation],
      ["Nature", kindLabel(c.kind)],
      ["Maturité", maturityLabel(c.maturity)],
      ["Budget estimé", formatBudget(c.budget)],
    ];
    const needs = c.needStatements.length === 0
      ? empty(emptyStates.candidateNeeds)
      : `<ul>\n${c.needStatements.map((s) => `<li>${escapeHtml(s)}</li>`).join("\n")}\n</ul>`;
    return `<li class="candidate">
<div class="candidate-head"><h3>${escapeHtml(c.title)}</h3><span class="votes">${votesLabel(c.votes)}</span></div>
<dl class="facts">
${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`).join("\n")}
</dl>
<h4>Besoins auxquels elle répond</h4>
${needs}
</li>`;
  });
  return `<section id="fiches" class="new-page" aria-labelledby="fiches-titre">
<h2 id="fiches-titre">${sectionTitles.candidates}</h2>
${cards.length === 0 ? empty(emptyStates.candidates) : `<p class="summary">Classées par nombre de votes.</p>\n<ol class="candidates">\n${cards.join("\n")}\n</ol>`}
</section>`;
}

/** `rows` are already escaped; `numericColumns` are right-aligned. */
function table(head: string[], rows: string[], numericColumns: number[]): string {
  const cells = head.map((label, i) => `<th scope="col"${numericColumns.includes(i) ? ' class="num"' : ""}>${label}</th>`);
  return `<table>
<thead><tr>${cells.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

const empty = (message: string): string => `<p class="empty">${message}</p>`;

const styles = `
:root { --blue: #000091; --text: #161616; --muted: #666; --line: #ddd; --tint: #f5f5fe; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Helvetica Neue", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1, h2, h3, h4 { color: var(--blue); line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.375rem; margin-top: 2.5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--blue); }
h3 { font-size: 1.125rem; margin-top: 1.5rem; }
h4 { font-size: .9375rem; margin-top: .75rem; }
p { margin: 0 0 .5rem; }
.brand { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; font-size: .8125rem; }
.subtitle { color: var(--muted); font-size: 1.125rem; }
.title-block { border-left: 4px solid var(--blue); padding-left: 1rem; }
.facts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 1rem 0 0; }
.facts div { min-width: 9rem; }
.facts dt { font-size: .8125rem; color: var(--muted); }
.facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; font-size: .875rem; margin-top: .75rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: #e3e3fd; color: var(--blue); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
.absent { color: var(--muted); }
.summary { font-weight: 500; }
.count, .votes, .meta, .credit, .empty { color: var(--muted); }
.empty { font-style: italic; }
ol.needs, ol.candidates { list-style: none; margin: 0; padding: 0; }
.need { padding: .5rem .75rem; margin-bottom: .5rem; border-left: 3px solid #cacafb; background: var(--tint); }
.statement { font-weight: 700; white-space: pre-line; overflow-wrap: anywhere; }
.meta, .blockers { font-size: .875rem; }
.candidate { border: 1px solid var(--line); border-top: 3px solid var(--blue); padding: .75rem 1rem; margin-bottom: 1rem; }
.candidate-head { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
.candidate-head h3 { margin-top: 0; }
ol.candidates { counter-reset: rank; }
.candidate-head h3::before { counter-increment: rank; content: counter(rank) ". "; }
.votes { white-space: nowrap; font-weight: 700; color: var(--blue); }
.candidate ul { margin: 0; padding-left: 1.25rem; font-size: .875rem; }
.credit { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--line); font-size: .8125rem; }
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 9pt system-ui, Arial, sans-serif; color: #666; } }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.5rem; }
  .new-page { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .need, .candidate, .facts div { break-inside: avoid; }
  thead { display: table-header-group; }
  .need { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
