import { randomUUID } from "node:crypto";
import { createTransport } from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { mailpitMessagesTo, smtpUrl, waitForMailpitMessages } from "../src/testing/index.js";

// The SMTP server of the local infrastructure (Mailpit, started by infra/up.sh) receives what
// nodemailer sends, and the test helper reads it back through Mailpit's HTTP API: the path
// the invitations, reminders and receipts of issue 15 will take.
describe("Mailpit, the local SMTP server", () => {
  const transport = createTransport(smtpUrl());
  afterAll(() => transport.close());

  it("receives a message in text and HTML, accents included, and gives it back by recipient", async () => {
    const to = `destinataire-${randomUUID().slice(0, 8)}@tetris.test`;
    const subject = "Invitation à la séance de février : réponse attendue";
    const text = "Bonjour,\n\nVous êtes invité à la séance du 12 février. Merci de répondre avant vendredi.\n";
    const html = "<p>Bonjour,</p><p>Vous êtes <strong>invité</strong> à la séance du 12 février.</p>";

    const info = await transport.sendMail({ from: "Tétris <ne-pas-repondre@tetris.test>", to, subject, text, html });
    expect(info.accepted).toEqual([to]);

    const [message] = await waitForMailpitMessages(to);
    expect(message?.Subject).toBe(subject);
    expect(message?.To.map((address) => address.Address)).toEqual([to]);
    expect(message?.From).toEqual({ Name: "Tétris", Address: "ne-pas-repondre@tetris.test" });
    // SMTP carries lines ended by CRLF; the text is otherwise the one sent.
    expect(message?.Text.replace(/\r\n/g, "\n").trim()).toBe(text.trim());
    expect(message?.HTML).toContain("<strong>invité</strong> à la séance du 12 février");

    // Only this recipient's message: an address that merely contains it finds nothing.
    expect(await mailpitMessagesTo(`x${to}`)).toEqual([]);
  });
});
