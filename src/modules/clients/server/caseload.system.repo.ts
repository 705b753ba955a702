import { Prisma, prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { CaseloadSort, SortDirection } from "../domain/caseload";

// One page of the caseload, its counts and everything its rows show, in ONE statement whose cost follows the page,
// not the practice: rows are ordered and cut in SQL on indexes (prisma/migrations/…_caseload_page_indexes), and the
// per-row numbers (tracks, reviews, next session) are computed by lateral subqueries over the page's 50 rows only.
// Raw SQL, because Prisma can neither order by a related row nor express these subqueries, and the tenant data layer
// has no raw SQL: `db` only supplies the practice, every table's WHERE pins "practiceId" to it, and the caller's
// visibility (ctx.visible.clients: an admin every client, a coach their own) is passed in as `scope`. It runs as the
// tables' owner, outside row-level security: run as the app role under the policies, the same statement took 1.1 s
// instead of 90 ms on the bench's large practice (`npm run bench -- --only=growth`).
//
// What each sort costs (EXPLAIN ANALYZE on the bench's large practice, 5,500 clients):
// - activity (the default) walks the active projects on ("practiceId", "status", "lastActivityAt") and stops after
//   the page and the ties of its last value; name walks the clients on their name in the "en-x-icu" collation (the
//   order of the Intl.Collator the page used to sort with). Neither reads the rest of the practice.
// - progress and awaiting review are computed over every visible client (index scans and one grouped count, in SQL)
//   and then cut: progress counts interviews held by `now`, so it changes with the clock and no stored column could
//   hold it; a counter of awaiting reviews kept by trigger could, but needs a column on "Client" (not done).
// - The total and the stalled count join the visible clients to their primary projects in one pass over an index:
//   the one part that grows with the caseload, a few milliseconds for 5,000 clients.

const CASELOAD_PAGE_SIZE = 50;
/** Sorted like `Intl.Collator("en")`, the order a person expects of names; ties are broken by id. */
const NAME = Prisma.sql`c."name" COLLATE "en-x-icu"`;
/** What the page needs of each client, read where the client is ordered. */
const CLIENT_COLUMNS = Prisma.sql`c."id", c."name", c."coachProfileId"`;

export interface CaseloadScope {
  /** A coach's own clients (ctx.visible.clients for a coach): their coach profile is the one of this membership. */
  coachMembershipId?: string;
  /** An admin's coach filter. */
  coachProfileId?: string;
}

export interface CaseloadPageQuery {
  scope: CaseloadScope;
  search: string;
  /** A client is stalled when their primary project's last activity is at or before this instant. */
  stalledSince: Date;
  stalledOnly: boolean;
  sort: CaseloadSort;
  direction: SortDirection;
  page: number;
  now: Date;
  /** Also list the practice's coaches (an admin's coach filter), in the same statement. */
  withCoaches: boolean;
}

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

export interface CaseloadPageRow {
  clientId: string;
  clientName: string;
  coach: { id: string; displayName: string } | null;
  /** Active projects, oldest first: the first is the row's primary project. */
  projects: CaseloadProject[];
  nextSessionAt: Date | null;
}

export interface CaseloadPage {
  rows: CaseloadPageRow[];
  /** The page shown: the one asked for, or the last when it asked past the end. */
  page: number;
  pageCount: number;
  /** Clients matching every filter (stalled only included). */
  total: number;
  /** Stalled clients among those matching the other filters. */
  stalledCount: number;
  /** The practice's current coaches by name, when asked for; else empty. */
  coaches: Array<{ id: string; displayName: string }>;
}

/** One row per client of the page, or a single row of nulls carrying the counts when the page is empty. */
interface PageRow {
  clientId: string | null;
  clientName: string;
  coachId: string | null;
  coachName: string | null;
  nextSessionAt: Date | null;
  projects: Array<Omit<CaseloadProject, "lastActivityAt"> & { lastActivityAt: number }>;
  total: number;
  stalledCount: number;
  page: number;
  coaches: Array<{ id: string; displayName: string }>;
}

/** The clients on the caseload, the page asked for, and every number its rows show. */
export async function findCaseloadPage(db: TenantDb, query: CaseloadPageQuery): Promise<CaseloadPage> {
  const practiceId = db.practiceId;
  const filter = clientFilter(practiceId, query);
  const activeProject = (alias: string) =>
    Prisma.sql`${Prisma.raw(alias)}."practiceId" = ${practiceId} AND ${Prisma.raw(alias)}."status" = 'ACTIVE'`;
  const primary = Prisma.sql`LEFT JOIN LATERAL (SELECT p."id", p."lastActivityAt" FROM "Project" p
      WHERE ${activeProject("p")} AND p."clientId" = c."id" ORDER BY p."createdAt", p."id" LIMIT 1) pp ON TRUE`;
  // For the counts, every client's primary project in one pass over an index (its order is DISTINCT ON's), which
  // costs a fraction of a lookup per client.
  const primaryProjects = Prisma.sql`SELECT DISTINCT ON (p."clientId") p."id", p."clientId", p."lastActivityAt"
    FROM "Project" p WHERE ${activeProject("p")} ORDER BY p."clientId", p."createdAt", p."id"`;
  const stalled = Prisma.sql`pp."lastActivityAt" <= ${query.stalledSince}::timestamptz`;
  const onCaseload = Prisma.sql`(c."status" = 'ACTIVE' OR pp."id" IS NOT NULL)`;
  const shownWhere = query.stalledOnly ? Prisma.sql`AND ${stalled}` : Prisma.empty;
  const ordered = orderedClients({ ...query, practiceId, filter, primary, onCaseload, stalled, activeProject });

  const coachList = query.withCoaches
    ? Prisma.sql`SELECT coalesce(json_agg(json_build_object('id', cp."id", 'displayName', cp."displayName")
        ORDER BY cp."displayName", cp."id"), '[]') AS "coaches"
      FROM "CoachProfile" cp JOIN "Membership" m ON m."id" = cp."membershipId" AND m."practiceId" = ${practiceId}
      WHERE cp."practiceId" = ${practiceId} AND m."removedAt" IS NULL`
    : Prisma.sql`SELECT '[]'::json AS "coaches"`;
  const rows = await prisma.$queryRaw<PageRow[]>`
    WITH counts AS (
      SELECT count(*) FILTER (WHERE TRUE ${shownWhere})::int AS "total", count(*) FILTER (WHERE ${stalled})::int AS "stalled"
      FROM "Client" c LEFT JOIN (${primaryProjects}) pp ON pp."clientId" = c."id"
      WHERE ${filter} AND ${onCaseload}),
    shown AS (
      SELECT least(${query.page}::int, greatest(1, ceil("total" / ${CASELOAD_PAGE_SIZE}::float)::int)) AS "page"
      FROM counts),
    page AS (
      SELECT ordered.*, row_number() OVER () AS "ordinal" FROM (${ordered}) ordered),
    coaches AS (${coachList})
    SELECT page."id" AS "clientId", page."name" AS "clientName", cp."id" AS "coachId", cp."displayName" AS "coachName",
      counts."total", counts."stalled" AS "stalledCount", shown."page", coaches."coaches",
      (SELECT b."startAt" FROM "Booking" b
         WHERE b."practiceId" = ${practiceId} AND b."clientId" = page."id" AND b."status" = 'CONFIRMED'
           AND b."startAt" > ${query.now}::timestamptz
         ORDER BY b."startAt" LIMIT 1) AS "nextSessionAt",
      (SELECT coalesce(json_agg(json_build_object(
           'id', p."id", 'title', p."title",
           'lastActivityAt', (extract(epoch FROM p."lastActivityAt") * 1000)::bigint,
           'awaitingReview', (SELECT count(*) FROM "Reflection" r
              WHERE r."practiceId" = ${practiceId} AND r."projectId" = p."id" AND r."status" = 'SUBMITTED'
                AND NOT r."isPrivate"),
           'tracks', (SELECT coalesce(json_agg(json_build_object(
                'id', t."id", 'name', t."name", 'targetCount', t."targetCount",
                'interviewed', (${heldInterviews(practiceId, query.now)})
              ) ORDER BY t."position"), '[]')
              FROM "ProjectTrack" t WHERE t."practiceId" = ${practiceId} AND t."projectId" = p."id")
         ) ORDER BY p."createdAt", p."id"), '[]')
         FROM "Project" p WHERE ${activeProject("p")} AND p."clientId" = page."id") AS "projects"
    FROM counts CROSS JOIN shown CROSS JOIN coaches
    LEFT JOIN page ON TRUE
    -- LIMIT keeps this a lookup per row of the page: as a plain join it was planned as a scan of every coach.
    LEFT JOIN LATERAL (SELECT cp."id", cp."displayName" FROM "CoachProfile" cp
      WHERE cp."id" = page."coachProfileId" AND cp."practiceId" = ${practiceId} LIMIT 1) cp ON TRUE
    ORDER BY page."ordinal"`;

  // Without a client on the page the statement still answers one row, carrying the counts.
  const [first] = rows;
  const total = first?.total ?? 0;
  return {
    rows: rows.flatMap((row) =>
      row.clientId === null
        ? []
        : [
            {
              clientId: row.clientId,
              clientName: row.clientName,
              coach: row.coachId && row.coachName !== null ? { id: row.coachId, displayName: row.coachName } : null,
              projects: row.projects.map((project) => ({
                ...project,
                lastActivityAt: new Date(project.lastActivityAt),
              })),
              nextSessionAt: row.nextSessionAt,
            },
          ],
    ),
    page: first?.page ?? 1,
    pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE)),
    total,
    stalledCount: first?.stalledCount ?? 0,
    coaches: first?.coaches ?? [],
  };
}

/** The practice's clients the caller may see, narrowed by the coach filter and the name search. */
function clientFilter(practiceId: string, query: CaseloadPageQuery): Prisma.Sql {
  const { coachMembershipId, coachProfileId } = query.scope;
  const conditions = [Prisma.sql`c."practiceId" = ${practiceId}`];
  if (coachMembershipId !== undefined)
    conditions.push(Prisma.sql`c."coachProfileId" = (SELECT own."id" FROM "CoachProfile" own
      WHERE own."practiceId" = ${practiceId} AND own."membershipId" = ${coachMembershipId})`);
  if (coachProfileId !== undefined) conditions.push(Prisma.sql`c."coachProfileId" = ${coachProfileId}`);
  if (query.search) conditions.push(Prisma.sql`c."name" ILIKE ${`%${escapeLike(query.search)}%`}`);
  return Prisma.join(conditions, " AND ");
}

/** `%`, `_` and `\` stand for themselves in a search, as in Prisma's `contains`. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Contacts of track `t` with an interview held by `now`. */
function heldInterviews(practiceId: string, now: Date) {
  return Prisma.sql`SELECT count(*) FROM "Contact" k
    WHERE k."practiceId" = ${practiceId} AND k."trackId" = t."id"
      AND EXISTS (SELECT 1 FROM "Interview" i
        WHERE i."practiceId" = ${practiceId} AND i."contactId" = k."id" AND i."occurredAt" <= ${now}::timestamptz)`;
}

interface OrderParts extends CaseloadPageQuery {
  practiceId: string;
  filter: Prisma.Sql;
  primary: Prisma.Sql;
  onCaseload: Prisma.Sql;
  stalled: Prisma.Sql;
  activeProject: (alias: string) => Prisma.Sql;
}

/**
 * The page's clients (id, name, coach), in the page's order; a subquery that reads its page number from the `shown`
 * CTE. Ties are broken by name, then id, so that pages never overlap or skip a row.
 */
function orderedClients(parts: OrderParts): Prisma.Sql {
  const direction = Prisma.raw(parts.direction === "asc" ? "ASC" : "DESC");
  const offset = Prisma.sql`((SELECT "page" FROM shown) - 1) * ${CASELOAD_PAGE_SIZE}`;
  // How many rows a branch cut before the final cut must keep: a literal from the page asked for rather than the
  // clamped one, so that the planner sees how few rows that is (asking past the end only reads more).
  const reach = parts.page * CASELOAD_PAGE_SIZE;
  const stalledOnly = parts.stalledOnly ? Prisma.sql`AND ${parts.stalled}` : Prisma.empty;

  if (parts.sort === "name")
    return Prisma.sql`SELECT ${CLIENT_COLUMNS} FROM "Client" c ${parts.primary}
      WHERE ${parts.filter} AND ${parts.onCaseload} ${stalledOnly}
      ORDER BY ${NAME} ${direction}, c."id" ${direction} LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${offset}`;

  if (parts.sort === "activity") {
    // Clients by their primary project's last activity (an index range, cut at `reach`), then those without an
    // active project, who have no activity to compare and come last in either direction.
    const isPrimary = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Project" older
      WHERE ${parts.activeProject("older")} AND older."clientId" = pr."clientId"
        AND (older."createdAt", older."id") < (pr."createdAt", pr."id"))`;
    const withProject = Prisma.sql`SELECT ${CLIENT_COLUMNS}, pr."lastActivityAt", 0 AS "rank" FROM "Project" pr
      JOIN "Client" c ON c."practiceId" = pr."practiceId" AND c."id" = pr."clientId"
      WHERE ${parts.activeProject("pr")} AND ${parts.filter} AND ${isPrimary}
        ${parts.stalledOnly ? Prisma.sql`AND pr."lastActivityAt" <= ${parts.stalledSince}::timestamptz` : Prisma.empty}
      ORDER BY pr."lastActivityAt" ${direction}, ${NAME}, c."id" LIMIT ${reach}`;
    // Finding the clients without a project means checking every client: done only when the page reaches past
    // those with one (the condition is evaluated once, before the branch runs).
    const withoutProject = parts.stalledOnly
      ? Prisma.empty
      : Prisma.sql`UNION ALL SELECT * FROM (SELECT ${CLIENT_COLUMNS}, NULL::timestamptz, 1 FROM "Client" c
          WHERE ${parts.filter} AND c."status" = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM "Project" pr WHERE ${parts.activeProject("pr")} AND pr."clientId" = c."id")
            AND (SELECT count(*) FROM ranked_with_project) < ${reach}
          ORDER BY ${NAME}, c."id" LIMIT ${reach}) without_project`;
    return Prisma.sql`SELECT ranked."id", ranked."name", ranked."coachProfileId" FROM (
        WITH ranked_with_project AS MATERIALIZED (${withProject})
        SELECT * FROM ranked_with_project ${withoutProject}) ranked ("id", "name", "coachProfileId", "lastActivityAt", "rank")
      ORDER BY ranked.rank, ranked."lastActivityAt" ${direction}, ranked.name COLLATE "en-x-icu", ranked.id
      LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${offset}`;
  }

  if (parts.sort === "awaiting") {
    // One grouped count over the practice's reviews in waiting, joined to every visible client.
    const awaiting = Prisma.sql`SELECT ap."clientId", count(*) AS "count" FROM "Reflection" r
      JOIN "Project" ap ON ap."practiceId" = r."practiceId" AND ap."id" = r."projectId"
      WHERE r."practiceId" = ${parts.practiceId} AND r."status" = 'SUBMITTED' AND NOT r."isPrivate"
        AND ${parts.activeProject("ap")}
      GROUP BY ap."clientId"`;
    return Prisma.sql`SELECT ${CLIENT_COLUMNS} FROM "Client" c ${parts.primary}
      LEFT JOIN (${awaiting}) aw ON aw."clientId" = c."id"
      WHERE ${parts.filter} AND ${parts.onCaseload} ${stalledOnly}
      ORDER BY coalesce(aw."count", 0) ${direction}, ${NAME}, c."id" LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${offset}`;
  }

  // projects/domain/progress.ts: each track counts at most its target; no target is no progress; without a primary
  // project there is nothing to compare and the row goes last in either direction.
  const progress = Prisma.sql`CASE WHEN pp."id" IS NULL THEN NULL ELSE (SELECT CASE WHEN sum(t."targetCount") > 0
        THEN sum(least(t."targetCount", (${heldInterviews(parts.practiceId, parts.now)})))::float8 / sum(t."targetCount")
        ELSE 0 END
      FROM "ProjectTrack" t WHERE t."practiceId" = ${parts.practiceId} AND t."projectId" = pp."id") END`;
  return Prisma.sql`SELECT ${CLIENT_COLUMNS} FROM "Client" c ${parts.primary}
    WHERE ${parts.filter} AND ${parts.onCaseload} ${stalledOnly}
    ORDER BY ${progress} ${direction} NULLS LAST, ${NAME}, c."id" LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${offset}`;
}
