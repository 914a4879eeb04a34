import { apiClient, databaseWatcher, isolatedTestEnvironment, snapshotDifferences, testToken, type DatabaseWatcher } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, anctClient, startAccess, type Service } from "./access-test-kit.js";

const env = isolatedTestEnvironment("habilitations");
let service: Service;
let database: DatabaseWatcher;
let anct: Awaited<ReturnType<typeof anctClient>>;

type Habilitation = { holder: unknown; label: string | null; role: string; departments: string[]; grantedAt: string; grantedBy: { subject: string; name: string } };
type Entry = { id: string; type: string; version: number; occurredAt: string; actor: { subject: string; name: string }; holder?: unknown; role?: string; departments?: string[]; previous?: unknown };

beforeAll(async () => {
  service = await startAccess(env);
  database = await databaseWatcher(env.mongoUrl, env.dbName("access"));
  anct = await anctClient(service.url);
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

const meuse = { kind: "siret", siret: "17559999000009" } as const;
const list = async () => (await anct.query<{ habilitations: Habilitation[] }>("habilitations.list")).data.habilitations;
const journal = async () => (await anct.query<{ entries: Entry[] }>("journal.list", { limit: 200 })).data.entries;

describe("granting and withdrawing habilitations", () => {
  it("grants a préfecture by SIRET, with who and when, and lists it", async () => {
    const before = Date.now();
    const granted = await anct.mutate<Habilitation>("habilitations.grant", { holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] });
    expect(granted.status).toBe(200);
    expect(granted.data).toMatchObject({ holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"], grantedBy: ADMIN });
    expect(Date.parse(granted.data.grantedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await list()).toEqual([granted.data]);
  });

  it("keeps an address in lower case, a SIRET without its spaces, départements sorted once, and lists by label", async () => {
    const person = await anct.mutate<Habilitation>("habilitations.grant", {
      holder: { kind: "email", email: "  Sophie.Gerard@Meuse.Gouv.FR " }, label: "Sophie Gérard (DDT de la Meuse)", role: "partner", departments: ["55", "09", "55"],
    });
    expect(person.data).toMatchObject({ holder: { kind: "email", email: "sophie.gerard@meuse.gouv.fr" }, departments: ["09", "55"] });
    const ariege = await anct.mutate<Habilitation>("habilitations.grant", { holder: { kind: "siret", siret: "170 999 990 00006" }, role: "prefecture", departments: ["09"] });
    expect(ariege.data).toMatchObject({ holder: { kind: "siret", siret: "17099999000006" }, label: null });
    const anctAgent = await anct.mutate<Habilitation>("habilitations.grant", { holder: { kind: "email", email: "camille.lefevre@anct.gouv.fr" }, label: "Camille Lefèvre (ANCT)", role: "anct", departments: [] });
    expect(anctAgent.status).toBe(200);
    // By label, French order; a habilitation without label by its holder (the SIRET's digits come first).
    expect((await list()).map((h) => h.label ?? h.holder)).toEqual([{ kind: "siret", siret: "17099999000006" }, "Camille Lefèvre (ANCT)", "Préfecture de la Meuse", "Sophie Gérard (DDT de la Meuse)"]);
  });

  it("replaces a habilitation, recording what it replaced; granting the same again records nothing", async () => {
    const replaced = await anct.mutate<Habilitation>("habilitations.grant", { holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55", "54"] });
    expect(replaced.data.departments).toEqual(["54", "55"]);
    const entries = await journal();
    expect(entries[0]).toMatchObject({
      type: "HabilitationGranted", version: 1, actor: ADMIN, holder: meuse, role: "prefecture", departments: ["54", "55"],
      previous: { role: "prefecture", departments: ["55"], label: "Préfecture de la Meuse" },
    });
    const before = await database.snapshot();
    const again = await anct.mutate<Habilitation>("habilitations.grant", { holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55", "54"] });
    expect(again.data).toEqual(replaced.data);
    expect(snapshotDifferences(before, await database.snapshot())).toEqual([]);
  });

  it("withdraws, recording who and what, and says in French when there is nothing to withdraw", async () => {
    const withdrawn = await anct.mutate("habilitations.withdraw", { holder: meuse });
    expect(withdrawn).toMatchObject({ status: 200, data: { withdrawn: true } });
    expect((await list()).some((h) => JSON.stringify(h.holder) === JSON.stringify(meuse))).toBe(false);
    expect((await journal())[0]).toMatchObject({ type: "HabilitationWithdrawn", version: 1, actor: ADMIN, holder: meuse, previous: { role: "prefecture", departments: ["54", "55"] } });
    const again = await anct.mutate("habilitations.withdraw", { holder: meuse });
    expect(again.status).toBe(404);
    expect(again.error?.message).toBe("Aucune habilitation en cours pour 17559999000009");
    // A withdrawn holder may be granted again: a first grant once more (nothing replaced).
    await anct.mutate("habilitations.grant", { holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] });
    expect((await journal())[0]).toMatchObject({ type: "HabilitationGranted", previous: null });
  });

  it("answers 400 naming the field at fault, in French, and writes nothing", async () => {
    const cases: [unknown, string, string][] = [
      [{ holder: { kind: "email", email: "pas-une-adresse" }, role: "partner", departments: ["55"] }, "holder.email", "Adresse électronique invalide"],
      [{ holder: { kind: "siret", siret: "17559999000008" }, role: "prefecture", departments: ["55"] }, "holder.siret", "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas"],
      [{ holder: { kind: "siret", siret: "1755999900000" }, role: "prefecture", departments: ["55"] }, "holder.siret", "Le SIRET compte 14 chiffres"],
      [{ holder: { kind: "telephone", number: "0329" }, role: "prefecture", departments: ["55"] }, "holder.kind", ""],
      [{ holder: meuse, role: "admin", departments: ["55"] }, "role", ""],
      [{ holder: meuse, role: "prefecture", departments: [] }, "departments", "Indiquez au moins un département pour ce rôle"],
      [{ holder: meuse, role: "anct", departments: ["55"] }, "departments", "Le rôle ANCT couvre tous les départements : la liste doit être vide"],
      [{ holder: meuse, role: "partner", departments: ["55", "99"] }, "departments.1", "Code de département inconnu (ex. 55, 09, 2A, 971)"],
      [{ holder: meuse, label: "   ", role: "partner", departments: ["55"] }, "label", "Le libellé ne peut pas être vide"],
    ];
    const before = await database.snapshot();
    for (const [input, path, message] of cases) {
      const answer = await anct.mutate("habilitations.grant", input);
      expect(answer.status, JSON.stringify(input)).toBe(400);
      expect(answer.error?.data.issues?.map((i) => i.path), JSON.stringify(input)).toContain(path);
      if (message) expect(answer.error?.data.issues?.find((i) => i.path === path)?.message).toBe(message);
      expect(answer.error?.message).toMatch(/^Données invalides : /);
    }
    const withdraw = await anct.mutate("habilitations.withdraw", { holder: { kind: "siret", siret: "123" } });
    expect(withdraw.status).toBe(400);
    expect(snapshotDifferences(before, await database.snapshot())).toEqual([]);
  });

  it("is ANCT's alone: a préfecture or partner gets 403, no token 401, and nothing is written", async () => {
    const before = await database.snapshot();
    const input = { holder: { kind: "email", email: "intrus@meuse.gouv.fr" }, role: "anct", departments: [] };
    for (const [token, status] of [
      [await testToken("prefecture", ["55"]), 403],
      [await testToken("partner", ["55"]), 403],
      [undefined, 401],
    ] as const) {
      const client = apiClient(service.url, token);
      expect((await client.mutate("habilitations.grant", input)).status).toBe(status);
      expect((await client.mutate("habilitations.withdraw", { holder: { kind: "email", email: "sophie.gerard@meuse.gouv.fr" } })).status).toBe(status);
      const listed = await client.query("habilitations.list");
      expect(listed.status).toBe(status);
      expect(JSON.stringify(listed)).not.toContain("sophie.gerard");
      expect((await client.query("journal.list", {})).status).toBe(status);
    }
    expect(snapshotDifferences(before, await database.snapshot())).toEqual([]);
  });
});
