// Loads one demo case, the Meuse 2026 campaign, and the demo agents' habilitations, through the
// services' own APIs (so it goes through the same checks and events as a user's actions). Does
// nothing for what exists.
import { signAccessToken, DEVELOPMENT_AUTH_SECRET } from "@tetris/shared";

const DEMO_CASE = "case-55-2026";

const meuse = {
  departmentCode: "55",
  edition: 2026,
  title: "Questionnaire de cadrage Tétris — Meuse 2026",
  contact: { service: "Préfecture de la Meuse — mission numérique", email: "numerique@meuse.gouv.example", phone: "03 29 00 00 00" },
  closesAt: `${new Date().getFullYear() + 1}-06-30T18:00:00.000Z`,
  invitations: [
    { organisation: "Conseil départemental de la Meuse", actorType: "conseil-departemental" },
    {
      organisation: "Communauté d'agglomération Bar-le-Duc Sud Meuse",
      actorType: "epci",
      territory: { kind: "epci", code: "200033025", name: "CA de Bar-le-Duc - Sud Meuse" },
    },
    {
      organisation: "Communauté de communes Côtes de Meuse Woëvre",
      actorType: "epci",
      territory: { kind: "epci", code: "200034874", name: "CC Côtes de Meuse Woëvre" },
    },
    { organisation: "PETR Cœur de Lorraine", actorType: "petr" },
    { organisation: "Association des maires de la Meuse", actorType: "association-des-maires" },
    { organisation: "Association des maires ruraux de la Meuse", actorType: "association-des-maires-ruraux" },
    { organisation: "Tiers-lieu La Fabrique, Verdun", actorType: "tiers-lieu" },
  ],
};

async function call(url, token, path, input, method) {
  const response =
    method === "GET"
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      : await fetch(`${url}/trpc/${path}`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(input),
        });
  const body = await response.json();
  return { status: response.status, data: body.result?.data, error: body.error?.message };
}

/**
 * The habilitations of oidc-dev's demo agents (apps/oidc-dev/src/demo-agents.ts): Camille Lefèvre
 * by her address, the préfectures of the Meuse and of the Ariège by their SIRET (Julien Marchal
 * and Hélène Rouzaud sign in through them), Sophie Gérard of the DDT by her address. Marc Dubois
 * gets none: he is the agent the application does not know.
 */
const demoHabilitations = [
  { holder: { kind: "email", email: "camille.lefevre@anct.gouv.fr" }, label: "Camille Lefèvre (ANCT)", role: "anct", departments: [] },
  { holder: { kind: "siret", siret: "17559999000009" }, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] },
  { holder: { kind: "siret", siret: "17099999000006" }, label: "Préfecture de l'Ariège", role: "prefecture", departments: ["09"] },
  { holder: { kind: "email", email: "sophie.gerard@meuse.gouv.fr" }, label: "Sophie Gérard (DDT de la Meuse)", role: "partner", departments: ["55"] },
];

/** Grants what is missing or different; a habilitation already in place is left alone (nothing recorded). */
export async function grantDemoHabilitations(accessUrl, anct) {
  const listed = await call(accessUrl, anct, "habilitations.list", {}, "GET");
  if (listed.status !== 200) throw new Error(`les habilitations n'ont pas pu être lues : ${listed.error}`);
  const same = (a, b) => JSON.stringify([a.holder, a.label, a.role, a.departments]) === JSON.stringify([b.holder, b.label, b.role, b.departments]);
  let granted = 0;
  for (const habilitation of demoHabilitations) {
    if (listed.data.habilitations.some((h) => same(h, habilitation))) continue;
    const answer = await call(accessUrl, anct, "habilitations.grant", habilitation, "POST");
    if (answer.status !== 200) throw new Error(`l'habilitation de démonstration ${habilitation.label} n'a pas pu être accordée : ${answer.error}`);
    granted++;
  }
  return { granted, unchanged: demoHabilitations.length - granted };
}

export async function loadDemoCase(urls, secret = process.env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET) {
  const anct = await signAccessToken(secret, { subject: "demo-anct", name: "Agent ANCT (démo)", role: "anct", departments: [] });
  const prefecture = await signAccessToken(secret, {
    subject: "demo-pref-55",
    name: "Préfecture de la Meuse (démo)",
    role: "prefecture",
    departments: ["55"],
  });
  let campaign = await call(urls.questionnaire, anct, "campaigns.byCase", { caseId: DEMO_CASE }, "GET");
  let created = false;
  if (campaign.status === 404) {
    campaign = await call(urls.questionnaire, prefecture, "campaigns.open", meuse, "POST");
    if (campaign.status !== 200) throw new Error(`le dossier de démonstration n'a pas pu être créé : ${campaign.error}`);
    created = true;
  } else if (campaign.status !== 200) {
    throw new Error(`le dossier de démonstration n'a pas pu être lu : ${campaign.error}`);
  }
  // The campaign stays open so that the respondent link works; closing it (from the staff
  // pages) prepares the workshop day.
  const links = await call(urls.questionnaire, prefecture, "campaigns.invitationLinks", { campaignId: campaign.data.campaignId }, "GET");
  const habilitations = await grantDemoHabilitations(urls.access, anct);
  return { caseId: DEMO_CASE, created, habilitations, respondentToken: links.data?.[1]?.token ?? links.data?.[0]?.token, tokens: { anct, prefecture } };
}
