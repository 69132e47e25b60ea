/**
 * The patient's part of the README walk-through, as an app takes it through the generated client:
 * when the clinic answers a request sent on a Saturday, who the patient is (/me), what an
 * e-consultation costs, sending one, finding it among the conversations and, once a GP has
 * answered it in the inbox, the answer, the notification and the invoice.
 *
 *   PORTAL=http://localhost:8080 PATIENT_TOKEN=$(./portal token patient 14838510036) \
 *     node portal-api-client-ts/target/dist/src/walk.js
 *
 * One line per step. After "submitted <conversation id>" it waits up to REPLY_WAIT_SECONDS (60 by
 * default) for the GP's answer (the README's next block: Lise Berg replies in the inbox). Exits 0 when
 * every step answered as the README says; 1 naming the step, its status and problem code when one did
 * not; 2 when portal-api could not be reached.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { createPortalClient, problemCode } from "./index.js";

/** A step that did not answer as the README says. */
class StepFailed extends Error {}

/** What every call of the client answers: the body of a success or of a problem, and the response. */
interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

async function expectStatus<D>(step: string, status: number, call: Promise<Answer<D>>): Promise<D> {
  const { data, error, response } = await call;
  if (response.status !== status || data === undefined) {
    const code = problemCode(error);
    throw new StepFailed(`${step}: HTTP ${response.status}${code ? ` ${code}` : ""} (expected ${status})`);
  }
  return data;
}

function check(step: string, holds: boolean, what: string): asserts holds {
  if (!holds) {
    throw new StepFailed(`${step}: ${what}`);
  }
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function walk(): Promise<void> {
  const token = process.env.PATIENT_TOKEN;
  if (!token) {
    throw new StepFailed("set PATIENT_TOKEN, e.g. PATIENT_TOKEN=$(./portal token patient 14838510036)");
  }
  const waitSeconds = Number(process.env.REPLY_WAIT_SECONDS ?? "60");
  const portal = createPortalClient({ baseUrl: process.env.PORTAL ?? "http://localhost:8080", token });

  const deadline = await expectStatus("reply deadline", 200, portal.GET("/api/v1/reply-deadline", {
    params: { query: { receivedAt: "2026-12-05T10:15:00+01:00" } },
  }));
  say(`reply deadline: received ${deadline.receivedAt}, answered by ${deadline.replyDueBy}`);

  const me = await expectStatus("me", 200, portal.GET("/api/v1/me"));
  say(`me: ${me.name}, ${me.access?.level} access, GP ${me.gp?.name} at ${me.clinic?.name}`);

  const fee = await expectStatus("fee", 200, portal.GET("/api/v1/e-consultations/fee"));
  say(`fee: ${fee.exempt ? "none" : `${fee.amountNok} NOK`}`);

  // A retry after a lost answer sends the same key again (docs/contract.md), so it is not sent twice.
  const submitted = await expectStatus("submit e-consultation", 201, portal.POST("/api/v1/e-consultations", {
    body: { subject: "Utslett", body: "Kløende utslett på armen i to uker.", acceptFee: true, confirmNotUrgent: true },
    headers: { "Idempotency-Key": randomUUID() },
  }));
  const id = submitted.id;
  check("submit e-consultation", typeof id === "string", "the answer has no id");
  say(`submitted ${id} ${submitted.status}, answer due by ${submitted.replyDueBy}`);

  const conversations = await expectStatus("conversations", 200, portal.GET("/api/v1/conversations"));
  check("conversations", (conversations.items ?? []).some((c) => c.id === id), `${id} is not listed`);
  say(`conversations: ${conversations.total} in all, ${id} among them`);

  say(`awaiting the clinic's answer to ${id}`);
  const answered = await awaitAnswer(portal, id, waitSeconds);
  const reply = (answered.messages ?? []).find((m) => m.from === "CLINIC");
  check("conversation", reply !== undefined, "ANSWERED without a message from the clinic");
  say(`answered by ${reply.author}: ${reply.body}`);

  const notifications = await expectStatus("notifications", 200, portal.GET("/api/v1/notifications"));
  const notified = (notifications.items ?? []).find((n) => n.kind === "REPLY" && (n.link ?? "").endsWith(`/${id}`));
  check("notifications", notified !== undefined, `no REPLY notification links to ${id}`);
  say(`notified (${(notified.channels ?? []).join(", ") || "listed only"}): ${notified.text}`);

  const invoices = await expectStatus("invoices", 200, portal.GET("/api/v1/invoices"));
  const invoice = (invoices.items ?? []).find((i) => i.conversationId === id);
  check("invoices", invoice !== undefined && invoice.service === "E_CONSULTATION", `no E_CONSULTATION invoice for ${id}`);
  say(`invoice ${invoice.number}: ${invoice.service} ${invoice.amountNok} NOK, KID ${invoice.kid}, due ${invoice.dueOn}`);
}

async function awaitAnswer(portal: ReturnType<typeof createPortalClient>, id: string, waitSeconds: number) {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const conversation = await expectStatus("conversation", 200, portal.GET("/api/v1/conversations/{id}", {
      params: { path: { id } },
    }));
    if (conversation.status === "ANSWERED") {
      return conversation;
    }
    check("conversation", Date.now() < until, `still ${conversation.status} after ${waitSeconds} s`);
    await sleep(200);
  }
}

try {
  await walk();
  say("done");
} catch (e) {
  if (e instanceof StepFailed) {
    process.stderr.write(`failed: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`portal-api could not be reached: ${e instanceof Error ? `${e.message} ${e.cause ?? ""}` : e}\n`);
    process.exitCode = 2;
  }
}
