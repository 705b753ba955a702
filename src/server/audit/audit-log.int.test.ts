import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice, createUser } from "../../../prisma/factories";
import { bookPublicSession, cancelByBooker } from "~/modules/bookings/server/public-bookings.service";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import { callerFor } from "~/test/callers";
import { writeAuditEvent, type AuditDb } from "./audit-log";

// Free text must never reach an audit row, whoever writes it: a procedure, a public booking, a
// Stripe webhook, practice creation, an invitation. Each of them writes through writeAuditEvent
// (the last test holds that), and whichever client it holds, the writer keeps only what it may.

const SECRET = "Quokka";
const auditDataOf = async (practiceId: string) =>
  JSON.stringify(await prisma.auditEvent.findMany({ where: { practiceId }, select: { data: true, targetId: true } }));

describe("the audit writer", () => {
  it("stores the same row without free text through every kind of client a caller holds", async () => {
    const { practice } = await createPractice(prisma);
    const clients: Record<string, (write: (db: AuditDb) => Promise<void>) => Promise<void>> = {
      "the practice's data layer": (write) => write(tenantDb(practice.id)),
      "a practice transaction": (write) => tenantDb(practice.id).$transaction(write),
      "a system transaction": (write) => prisma.$transaction(write),
      "the global client": (write) => write(prisma),
    };
    for (const [name, withClient] of Object.entries(clients)) {
      await withClient((db) =>
        writeAuditEvent(db, {
          practiceId: practice.id,
          actorUserId: null,
          action: "test.write",
          target: { type: "contact", id: "c1" },
          facts: { contactId: "c1", kind: "FOLLOW_UP", note: `Met ${SECRET} at the meetup`, via: name },
        }),
      );
    }
    const rows = await prisma.auditEvent.findMany({ where: { practiceId: practice.id, action: "test.write" } });
    expect(rows.map((row) => row.data)).toEqual(
      Array(4).fill({ contactId: "c1", kind: "FOLLOW_UP", fields: ["note", "via"] }),
    );
    expect(await auditDataOf(practice.id)).not.toContain(SECRET);
  });

  it("keeps the text of a procedure's input, a new practice and a public booking out of the log", async () => {
    const owner = await createUser(prisma);
    const api = callerFor(owner);
    const { slug } = await api.practices.create({ name: `${SECRET} Coaching`, slug: "quiet-paths", timeZone: "UTC" });
    await api.practices.update({
      practiceSlug: slug,
      name: `${SECRET} Careers`,
      timeZone: "UTC",
      brandColor: "#0f766e",
      logoUrl: "",
    });
    const practice = await prisma.practice.findUniqueOrThrow({ where: { slug } });
    const coach = await createBookableCoach(prisma, practice.id);
    const now = new Date("2026-11-23T08:00:00Z");
    const { booking, manageToken } = await bookPublicSession(
      {
        practiceSlug: slug,
        coachSlug: coach.profile.slug,
        name: `${SECRET} Booker`,
        email: "booker@example.com",
        timeZone: "UTC",
        start: "2026-11-24T09:00:00Z",
        answers: { fieldsOfInterest: `${SECRET} research`, whatPrompted: `${SECRET} told me` },
      },
      { now },
    );
    await cancelByBooker(booking.uid, manageToken, `${SECRET} is unwell`, now);

    const actions = await prisma.auditEvent.findMany({ where: { practiceId: practice.id }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual(
      ["bookings.cancel", "bookings.create", "practices.create", "practices.update"].sort(),
    );
    expect(await auditDataOf(practice.id)).not.toContain(SECRET);
  });

  it("is the only code that writes audit rows", () => {
    const root = process.cwd();
    const sources = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
      });
    // prisma/seed.ts writes its one demo row by hand (with a fixed id, for re-running).
    const writers = ["src", "scripts"]
      .flatMap(sources)
      .filter((file) =>
        /auditEvent\s*\.\s*(create|createMany|createManyAndReturn|upsert)\b|INSERT INTO "AuditEvent"/.test(
          readFileSync(path.join(root, file), "utf8"),
        ),
      );
    expect(writers).toEqual([path.join("src", "server", "audit", "audit-log.ts")]);
  });
});
