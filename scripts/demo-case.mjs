// Loads one demo case, the Meuse 2026 campaign, through the services' own APIs (so it goes
// through the same checks and events as a user's actions). Does nothing if it exists.
import { signAccessToken, DEVELOPMENT_AUTH_SECRET } from "@tetris/shared";

const DEMO_CASE = "case-55-2026";

const meuse = {
  departmentCode: "55",
  edition: 2026,
  title: "Questionnaire de cadrage Tétris — Meuse 2026",
  closesAt: "2026-12-18T18:00:00.000Z",
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

export async function loadDemoCase(urls, secret = process.env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET) {
  const anct = await signAccessToken(secret, { subject: "demo-anct", name: "Agent ANCT (démo)", role: "anct", departments: [] });
  const prefecture = await signAccessToken(secret, {
    subject: "demo-pref-55",
    name: "Préfecture de la Meuse (démo)",
    role: "prefecture",
    departments: ["55"],
  });
  const existing = await call(urls.questionnaire, anct, "campaigns.byCase", { caseId: DEMO_CASE }, "GET");
  let created = false;
  if (existing.status === 404) {
    const opened = await call(urls.questionnaire, prefecture, "campaigns.open", meuse, "POST");
    if (opened.status !== 200) throw new Error(`le dossier de démonstration n'a pas pu être créé : ${opened.error}`);
    const closed = await call(urls.questionnaire, prefecture, "campaigns.close", { campaignId: opened.data.campaignId }, "POST");
    if (closed.status !== 200) throw new Error(`la campagne de démonstration n'a pas pu être clôturée : ${closed.error}`);
    created = true;
  } else if (existing.status !== 200) {
    throw new Error(`le dossier de démonstration n'a pas pu être lu : ${existing.error}`);
  }
  return { caseId: DEMO_CASE, created, tokens: { anct, prefecture } };
}
