import type { AuditTargetName } from "../domain/audit-labels";
import type { TenantDb } from "~/server/db/tenant";

// The audit log's reads: a page of rows with their actors, then the names of what they point
// at. Rows keep only ids (server/audit), so a name is today's, and a deleted row has none.

export function listAuditEvents(db: TenantDb, page: { cursor?: string | null; limit: number }) {
  return db.auditEvent.findMany({
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      data: true,
      createdAt: true,
      actorUserId: true,
      actor: { select: { name: true, email: true } },
    },
  });
}

type Named = [id: string, name: AuditTargetName];
type Person = { name: string | null; userId: string | null };

const byIds = (ids: string[]) => ({ id: { in: ids } });
const client = { select: { name: true, userId: true } } as const;
const withClient = { id: true, client } as const;
const withProjectClient = { id: true, project: { select: { client } } } as const;
const coach = { select: { displayName: true, membership: { select: { userId: true } } } } as const;

const person = (id: string, who: Person): Named => [id, { name: who.name ?? "someone", userId: who.userId }];
const thing = (id: string, name: string): Named => [id, { name, userId: null }];
const ofClient = (rows: Array<{ id: string; client: Person }>) => rows.map((row) => person(row.id, row.client));
const ofProjectClient = (rows: Array<{ id: string; project: { client: Person } }>) =>
  rows.map((row) => person(row.id, row.project.client));
const ofCoach = (c: { displayName: string; membership: { userId: string } }) => ({
  name: c.displayName,
  userId: c.membership.userId,
});
const named = (rows: Array<{ id: string; name: string }>) => rows.map((row) => thing(row.id, row.name));

/** Per kind of target (the `…Id` key it came from), the names of the given ids. */
const NAME_LOADERS: Record<string, (db: TenantDb, ids: string[]) => Promise<Named[]>> = {
  membership: (db, ids) =>
    db.membership
      .findMany({ where: byIds(ids), select: { id: true, user: { select: { id: true, name: true, email: true } } } })
      .then((rows) =>
        rows.map((row) => person(row.id, { name: row.user.name ?? row.user.email, userId: row.user.id })),
      ),
  invitation: (db, ids) =>
    db.invitation
      .findMany({ where: byIds(ids), select: { id: true, email: true } })
      .then((rows) => rows.map((row) => thing(row.id, row.email))),
  client: (db, ids) =>
    db.client
      .findMany({ where: byIds(ids), select: { id: true, ...client.select } })
      .then((rows) => rows.map((row) => person(row.id, row))),
  booking: (db, ids) => db.booking.findMany({ where: byIds(ids), select: withClient }).then(ofClient),
  note: (db, ids) => db.coachNote.findMany({ where: byIds(ids), select: withClient }).then(ofClient),
  project: (db, ids) => db.project.findMany({ where: byIds(ids), select: withClient }).then(ofClient),
  contact: (db, ids) => db.contact.findMany({ where: byIds(ids), select: withProjectClient }).then(ofProjectClient),
  interview: (db, ids) => db.interview.findMany({ where: byIds(ids), select: withProjectClient }).then(ofProjectClient),
  reflection: (db, ids) =>
    db.reflection.findMany({ where: byIds(ids), select: withProjectClient }).then(ofProjectClient),
  checkIn: (db, ids) =>
    db.readinessCheckIn.findMany({ where: byIds(ids), select: withProjectClient }).then(ofProjectClient),
  coachProfile: (db, ids) =>
    db.coachProfile
      .findMany({ where: byIds(ids), select: { id: true, ...coach.select } })
      .then((rows) => rows.map((row) => person(row.id, ofCoach(row)))),
  connection: (db, ids) =>
    db.calendarConnection
      .findMany({ where: byIds(ids), select: { id: true, coach } })
      .then((rows) => rows.map((row) => person(row.id, ofCoach(row.coach)))),
  calendar: (db, ids) =>
    db.calendarSource
      .findMany({ where: byIds(ids), select: { id: true, displayName: true } })
      .then((rows) => rows.map((row) => thing(row.id, row.displayName))),
  sessionType: (db, ids) =>
    db.sessionType.findMany({ where: byIds(ids), select: { id: true, name: true } }).then(named),
  template: (db, ids) =>
    db.projectTemplate.findMany({ where: byIds(ids), select: { id: true, name: true } }).then(named),
  outreachTemplate: (db, ids) =>
    db.outreachTemplate.findMany({ where: byIds(ids), select: { id: true, name: true } }).then(named),
  message: (db, ids) =>
    db.emailMessage
      .findMany({ where: byIds(ids), select: { id: true, to: true } })
      .then((rows) => rows.map((row) => thing(row.id, row.to))),
};

export const targetKey = (type: string, id: string) => `${type}:${id}`;

/**
 * The names of a page's targets, keyed by `targetKey`: one query per kind of target on the
 * page (run together), never one per row.
 */
export async function findAuditTargetNames(
  db: TenantDb,
  targets: ReadonlyArray<{ targetType: string | null; targetId: string | null }>,
): Promise<Map<string, AuditTargetName>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { targetType, targetId } of targets) {
    if (!targetType || !targetId || !NAME_LOADERS[targetType]) continue;
    idsByType.set(targetType, (idsByType.get(targetType) ?? new Set()).add(targetId));
  }
  const found = await Promise.all(
    [...idsByType].map(async ([type, ids]) =>
      (await NAME_LOADERS[type]!(db, [...ids])).map(([id, name]) => [targetKey(type, id), name] as const),
    ),
  );
  return new Map(found.flat());
}
