import { prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// Everything a caseload row shows besides the client's name, for a list of clients, in ONE statement: Prisma
// sends a query per relation level and per grouped count (ten for a page), and the tenant data layer has no raw
// SQL. So this is raw SQL, kept practice-scoped by hand: `db` only supplies the practice, and every table's WHERE
// pins "practiceId" to it, so an id of another practice matches nothing. The client ids must come from a query
// through `ctx.visible.clients`: a staff member who may see a client may see all of the client's projects, and
// of their reflections only the shared ones, which is what the counts below take.

export interface CaseloadTrack {
  id: string;
  name: string;
  targetCount: number;
  /** Contacts with an interview that has taken place by `now` (the rule of projects/server/held-interviews.ts). */
  interviewed: number;
}

export interface CaseloadProject {
  id: string;
  title: string;
  lastActivityAt: Date;
  /** Submitted, shared reflections not yet reviewed. */
  awaitingReview: number;
  tracks: CaseloadTrack[];
}

export interface CaseloadDetails {
  coach: { id: string; displayName: string } | null;
  /** Active projects, oldest first. */
  projects: CaseloadProject[];
  nextSessionAt: Date | null;
}

interface DetailsRow {
  clientId: string;
  coachId: string | null;
  coachName: string | null;
  nextSessionAt: Date | null;
  projects: Array<Omit<CaseloadProject, "lastActivityAt"> & { lastActivityAt: number }>;
}

/** Each listed client's coach, active projects with per-track interview counts, and next confirmed session. */
export async function findCaseloadDetails(
  db: TenantDb,
  clientIds: string[],
  now: Date,
): Promise<Map<string, CaseloadDetails>> {
  if (clientIds.length === 0) return new Map();
  const practiceId = db.practiceId;
  const rows = await prisma.$queryRaw<DetailsRow[]>`
    SELECT c."id" AS "clientId", cp."id" AS "coachId", cp."displayName" AS "coachName",
      (SELECT min(b."startAt") FROM "Booking" b
         WHERE b."practiceId" = ${practiceId} AND b."clientId" = c."id" AND b."status" = 'CONFIRMED'
           AND b."startAt" > ${now}::timestamptz) AS "nextSessionAt",
      (SELECT coalesce(json_agg(json_build_object(
           'id', p."id", 'title', p."title",
           'lastActivityAt', (extract(epoch FROM p."lastActivityAt") * 1000)::bigint,
           'awaitingReview', (SELECT count(*) FROM "Reflection" r
              WHERE r."practiceId" = ${practiceId} AND r."projectId" = p."id" AND r."status" = 'SUBMITTED'
                AND NOT r."isPrivate"),
           'tracks', (SELECT coalesce(json_agg(json_build_object(
                'id', t."id", 'name', t."name", 'targetCount', t."targetCount",
                'interviewed', (SELECT count(*) FROM "Contact" k
                   WHERE k."practiceId" = ${practiceId} AND k."trackId" = t."id"
                     AND EXISTS (SELECT 1 FROM "Interview" i
                       WHERE i."practiceId" = ${practiceId} AND i."contactId" = k."id"
                         AND i."occurredAt" <= ${now}::timestamptz))
              ) ORDER BY t."position"), '[]')
              FROM "ProjectTrack" t WHERE t."practiceId" = ${practiceId} AND t."projectId" = p."id")
         ) ORDER BY p."createdAt", p."id"), '[]')
         FROM "Project" p
         WHERE p."practiceId" = ${practiceId} AND p."clientId" = c."id" AND p."status" = 'ACTIVE') AS "projects"
    FROM "Client" c
    LEFT JOIN "CoachProfile" cp ON cp."id" = c."coachProfileId" AND cp."practiceId" = ${practiceId}
    WHERE c."practiceId" = ${practiceId} AND c."id" = ANY (${clientIds}::text[])`;
  return new Map(
    rows.map((row) => [
      row.clientId,
      {
        coach: row.coachId && row.coachName !== null ? { id: row.coachId, displayName: row.coachName } : null,
        projects: row.projects.map((project) => ({ ...project, lastActivityAt: new Date(project.lastActivityAt) })),
        nextSessionAt: row.nextSessionAt,
      },
    ]),
  );
}
