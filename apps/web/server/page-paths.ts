/**
 * The paths the single-page application answers, in one list for the pages (which one to show)
 * and for the gateway (404 for any other path). Kept under server/ so that the gateway's own
 * build, rooted there, holds it; the pages import it from here.
 */
export const pagePaths = {
  home: /^\/$/,
  signIn: /^\/connexion$/,
  respondent: /^\/repondre\/([^/]+)$/,
  campaign: /^\/campagnes\/([^/]+)$/,
  workshop: /^\/ateliers\/([^/]+)$/,
  capture: /^\/ateliers\/([^/]+)\/saisie$/,
  cases: /^\/dossiers$/,
  caseProjects: /^\/dossiers\/([^/]+)\/projets$/,
  project: /^\/projets\/([^/]+)$/,
  national: /^\/national$/,
  habilitations: /^\/habilitations$/,
  accessibility: /^\/accessibilite$/,
  legalNotice: /^\/mentions-legales$/,
  personalData: /^\/donnees-personnelles$/,
} as const;

export function isPagePath(path: string): boolean {
  return Object.values(pagePaths).some((pattern) => pattern.test(path));
}
