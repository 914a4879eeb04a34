/** The starting list of themes of DESIGN.md; a questionnaire template may add its own. */
export const defaultThemes = [
  { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
  { code: "demarches-en-ligne", label: "E-administration et démarches en ligne" },
  { code: "infrastructures", label: "Infrastructures fixe (THD, fibre) et mobile (4G, 5G)" },
  { code: "tiers-lieux", label: "Tiers-lieux" },
  { code: "e-sante", label: "E-santé et téléconsultation" },
  { code: "e-education", label: "E-éducation" },
  { code: "donnees-cybersecurite", label: "Territoires connectés, données et cybersécurité" },
  { code: "ingenierie-financement", label: "Ingénierie et financement" },
] as const;

export type DefaultThemeCode = (typeof defaultThemes)[number]["code"];
