// `npm start`: the local infrastructure, the four services built and started, one demo case
// and the demo agents' habilitations loaded, readable logs in the foreground. Ctrl-C stops
// everything it started.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { infraDown, infraUp, repoRoot } from "./infra.mjs";
import { formatLine } from "./log-format.mjs";
import { serviceNodeOptions } from "./service-node-options.mjs";

const services = [
  { name: "questionnaire", port: Number(process.env.QUESTIONNAIRE_PORT ?? 4101) },
  { name: "workshops", port: Number(process.env.WORKSHOPS_PORT ?? 4102) },
  { name: "projects", port: Number(process.env.PROJECTS_PORT ?? 4103) },
  { name: "access", port: Number(process.env.ACCESS_PORT ?? 4104) },
];
const say = (message) => console.log(formatLine("demo", JSON.stringify({ time: new Date().toISOString(), level: "info", msg: message })));

const startedInfra = infraUp();

say("Compilation (turbo, avec cache)…");
const build = spawnSync(join(repoRoot, "node_modules/.bin/turbo"), ["run", "build", "--output-logs=errors-only"], {
  cwd: repoRoot,
  stdio: "inherit",
});
if (build.status !== 0) {
  infraDown(startedInfra);
  process.exit(build.status ?? 1);
}

const webPort = Number(process.env.WEB_PORT ?? 4100);
// The local stand-in for ProConnect, registered for this gateway; never in production, where
// OIDC_ISSUER names ProConnect and the gateway reaches it.
const providerPort = Number(process.env.OIDC_DEV_PORT ?? 4109);
const localProvider = !process.env.OIDC_ISSUER;
const accessUrl = `http://127.0.0.1:${services.find((s) => s.name === "access").port}`;
const providerEnv = localProvider
  ? {
      OIDC_DEV_PORT: String(providerPort),
      OIDC_DEV_REDIRECT_URIS: `http://127.0.0.1:${webPort}/auth/callback`,
      OIDC_DEV_POST_LOGOUT_REDIRECT_URIS: `http://127.0.0.1:${webPort}/connexion`,
    }
  : {};
const processes = [
  ...services.map(({ name, port }) => ({ name, port, main: `services/${name}/dist/main.js`, env: {} })),
  ...(localProvider ? [{ name: "oidc-dev", port: providerPort, main: "apps/oidc-dev/dist/main.js", env: providerEnv }] : []),
  // The gateway keeps the agents' sessions in the access service.
  {
    name: "web",
    port: webPort,
    main: "apps/web/dist-server/gateway.js",
    env: { ACCESS_URL: accessUrl, ...(localProvider ? { OIDC_ISSUER: `http://127.0.0.1:${providerPort}` } : {}) },
  },
];
const children = processes.map(({ name, port, main, env }) => {
  const child = spawn(process.execPath, [...serviceNodeOptions, join(repoRoot, main)], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), WEB_PORT: String(webPort), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => console.log(formatLine(name, line)));
  }
  return { name, port, child, url: `http://127.0.0.1:${port}` };
});

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say("Arrêt des services…");
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
  infraDown(startedInfra);
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
for (const { name, child } of children) {
  child.once("exit", (code, signal) => {
    if (stopping) return;
    say(`Le service ${name} s'est arrêté (code ${code ?? signal}) : arrêt de l'ensemble.`);
    stopAll(1);
  });
}

async function healthy(url) {
  for (let i = 0; i < 120 && !stopping; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} ne répond pas`);
}

try {
  await Promise.all(children.map(({ url }) => healthy(url)));
  const { loadDemoCase } = await import("./demo-case.mjs");
  const demo = await loadDemoCase(Object.fromEntries(children.map(({ name, url }) => [name, url])));
  const urlOf = (name) => children.find((c) => c.name === name)?.url;
  const web = urlOf("web");
  // Mailpit's own web page needs its JavaScript bundle, which the build from the Go module lacks
  // (infra/README.md): its API and its per-message pages work, so the banner points there.
  const mailpit = process.env.MAILPIT_URL ?? `http://127.0.0.1:${process.env.MAILPIT_PORT ?? 8025}`;
  const smtp = process.env.SMTP_URL ?? `smtp://127.0.0.1:${process.env.SMTP_PORT ?? 1025}`;
  const signIn = localProvider
    ? `${web}/connexion → « S’identifier avec ProConnect » → un compte de démonstration
                            (ANCT, préfecture de la Meuse ou de l'Ariège, DDT de la Meuse, ou un agent sans habilitation)`
    : `${web}/connexion, avec ProConnect (${process.env.OIDC_ISSUER})`;
  console.log(`
  Tétris est démarré : ${web}
    questionnaire  ${urlOf("questionnaire")}/trpc   (santé : /healthz, /readyz, /metrics)
    ateliers       ${urlOf("workshops")}/trpc
    projets        ${urlOf("projects")}/trpc
    habilitations  ${urlOf("access")}/trpc${localProvider ? `\n    ProConnect     ${urlOf("oidc-dev")} (local, comptes de démonstration)` : ""}
  Dossier de démonstration : ${demo.caseId} (Meuse) ${demo.created ? "créé" : "déjà présent"}, campagne ouverte.
  Habilitations des agents de démonstration : ${demo.habilitations.granted} accordée(s), ${demo.habilitations.unchanged} déjà en place.
  Lien d'un répondant :     ${web}/repondre/${demo.respondentToken}
  Connexion des agents :    ${signIn}
  Courriels (Mailpit) :     ${mailpit}/api/v1/messages   (reçus en SMTP sur ${smtp}, liste en JSON ;
                            un courriel : ${mailpit}/view/<ID>.html ou .txt)
  Jetons pour l'API (Authorization: Bearer …) :
    ANCT :                  ${demo.tokens.anct}
    préfecture (55) :       ${demo.tokens.prefecture}
  Ctrl-C arrête tout ce que cette commande a démarré.
`);
} catch (err) {
  say(`Démarrage interrompu : ${err.message}`);
  await stopAll(1);
}
