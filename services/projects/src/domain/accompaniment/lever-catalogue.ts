import { z } from "zod";
import type { Lever } from "./accompaniment-types.js";

export const leverFamilies = ["ingenierie", "financement", "humain", "reseau"] as const satisfies readonly Lever["family"][];

export const leverFamilyLabels: Record<Lever["family"], string> = {
  ingenierie: "Ingénierie",
  financement: "Financement",
  humain: "Moyens humains",
  reseau: "Mise en réseau",
};

/** A lever as ANCT adds or edits it in the catalogue; the code is its stable key. */
export const leverSchema = z.object({
  code: z
    .string()
    .trim()
    .min(2, "Au moins 2 caractères")
    .max(80, "Au plus 80 caractères")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Minuscules sans accent, chiffres et tirets (ex. : banque-des-territoires)"),
  label: z.string().trim().min(2, "Au moins 2 caractères").max(120, "Au plus 120 caractères"),
  family: z.enum(leverFamilies, { error: "Famille inconnue (ingénierie, financement, humain ou réseau)" }),
  description: z.string().trim().min(10, "Au moins 10 caractères").max(500, "Au plus 500 caractères"),
}) satisfies z.ZodType<Lever>;

/** The catalogue the product ships with; ANCT edits it afterwards. */
export const defaultLevers: Lever[] = [
  {
    code: "ingenierie-anct",
    label: "Ingénierie ANCT sur mesure",
    family: "ingenierie",
    description: "L'ANCT mobilise ses experts ou un bureau d'études pour aider la collectivité à concevoir et conduire le projet.",
  },
  {
    code: "societe-numerique",
    label: "Programme Société numérique (ANCT)",
    family: "ingenierie",
    description: "Le programme national de l'ANCT pour l'inclusion numérique apporte méthodes, outils et expertise aux projets de médiation numérique.",
  },
  {
    code: "new-deal-mobile",
    label: "New Deal mobile (couverture ciblée)",
    family: "ingenierie",
    description: "L'équipe projet départementale désigne les zones mal couvertes que les opérateurs doivent équiper en 4G au titre du dispositif de couverture ciblée.",
  },
  {
    code: "banque-des-territoires",
    label: "Banque des territoires",
    family: "financement",
    description: "La Banque des territoires (Caisse des dépôts) cofinance les études et prête ou investit pour les projets numériques des collectivités.",
  },
  {
    code: "detr",
    label: "DETR (dotation d'équipement des territoires ruraux)",
    family: "financement",
    description: "Dotation de l'État, attribuée par la préfecture, qui subventionne les investissements des communes et intercommunalités rurales.",
  },
  {
    code: "dsil",
    label: "DSIL (dotation de soutien à l'investissement local)",
    family: "financement",
    description: "Dotation de l'État, répartie par le préfet de région, qui finance les investissements des collectivités, dont leur transition numérique.",
  },
  {
    code: "region",
    label: "Région",
    family: "financement",
    description: "Les aides de la Région au titre de sa stratégie numérique et de l'aménagement de son territoire.",
  },
  {
    code: "fonds-europeens",
    label: "Fonds européens (FEDER / LEADER)",
    family: "financement",
    description: "Cofinancement européen : le FEDER pour le numérique et l'innovation, LEADER pour les projets ruraux portés par un groupe d'action locale.",
  },
  {
    code: "fabriques-de-territoire",
    label: "Nouveaux lieux, nouveaux liens / Fabriques de territoire",
    family: "financement",
    description: "Le programme de l'ANCT soutient sur plusieurs années le fonctionnement des tiers-lieux reconnus Fabriques de territoire, hors des métropoles d'abord.",
  },
  {
    code: "france-tres-haut-debit",
    label: "Plan France Très Haut Débit",
    family: "financement",
    description: "L'État cofinance les réseaux d'initiative publique qui amènent la fibre optique jusqu'à l'abonné là où les opérateurs ne vont pas seuls.",
  },
  {
    code: "conseillers-numeriques",
    label: "Conseillers numériques France Services",
    family: "humain",
    description: "Des conseillers formés, dont l'État cofinance le poste, accompagnent les habitants vers l'autonomie numérique près de chez eux.",
  },
  {
    code: "france-services",
    label: "France Services",
    family: "humain",
    description: "Le réseau des guichets France Services accueille les habitants au plus près du territoire pour leurs démarches administratives en ligne.",
  },
  {
    code: "france-tiers-lieux",
    label: "Réseau des tiers-lieux (France Tiers-Lieux)",
    family: "reseau",
    description: "France Tiers-Lieux et les réseaux régionaux mettent le projet en relation avec d'autres tiers-lieux pour partager méthodes, formations et retours d'expérience.",
  },
  {
    code: "hubs-numerique-inclusif",
    label: "Hubs territoriaux pour un numérique inclusif",
    family: "reseau",
    description: "Les hubs régionaux fédèrent les acteurs de la médiation numérique, outillent les aidants et aident à trouver des financements.",
  },
];
