import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createBookableCoach,
  createBookingRow,
  createCalendarConnection,
  createPractice,
  createProjectFixture,
} from "../../../prisma/factories";
import { prisma } from "./client";

// The database's own wall between practices: every foreign key between two tables of practice
// data carries practiceId, so a row of one practice cannot point at another's whatever the
// application does. The relations come from the catalogue, so a new one is checked without
// anyone adding it here.

type ForeignKey = { name: string; child: string; parent: string; columns: string[]; parentColumns: string[] };

// Names are cast to text: the driver adapter cannot read Postgres' \`name\` type (prisma/orm#27403).
const CATALOGUE_FOREIGN_KEYS = `
  SELECT c.conname::text AS name, child.relname::text AS child, parent.relname::text AS parent,
    array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
    array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS "parentColumns",
    c.confdeltype = 'n' AS "setsNullOnDelete",
    array(SELECT a.attname FROM unnest(c.confdelsetcols) k(attnum)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)::text[] AS "nulledOnDelete",
    EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'practiceId' AND NOT a.attisdropped)
      AS "childHasPracticeId",
    EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'practiceId' AND NOT a.attisdropped)
      AS "parentHasPracticeId"
  FROM pg_constraint c
  JOIN pg_class child ON child.oid = c.conrelid
  JOIN pg_class parent ON parent.oid = c.confrelid
  WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
  ORDER BY c.conname`;

type CatalogueRow = ForeignKey & {
  setsNullOnDelete: boolean;
  nulledOnDelete: string[];
  childHasPracticeId: boolean;
  parentHasPracticeId: boolean;
};
const catalogue = await prisma.$queryRawUnsafe<CatalogueRow[]>(CATALOGUE_FOREIGN_KEYS);
const intoPracticeData = catalogue.filter((key) => key.parentHasPracticeId);
const betweenPracticeData = intoPracticeData.filter((key) => key.childHasPracticeId);

const pairsPracticeIds = (key: ForeignKey) =>
  key.columns.some((column, i) => column === "practiceId" && key.parentColumns[i] === "practiceId");
/** The column that names the parent row: the key's one column besides practiceId. */
const pointerOf = (key: ForeignKey) => key.columns.find((column) => column !== "practiceId")!;

describe("foreign keys between rows of practices", () => {
  it("all carry practiceId, matched to the parent's practiceId", () => {
    expect(betweenPracticeData.filter((key) => !pairsPracticeIds(key)).map((key) => key.name)).toEqual([]);
    expect(betweenPracticeData.every((key) => key.columns.length === 2)).toBe(true);
    // The catalogue query itself: it sees the relations it must.
    expect(betweenPracticeData.map((key) => key.name)).toEqual(
      expect.arrayContaining(["Contact_practiceId_trackId_fkey", "ReflectionComment_practiceId_reflectionId_fkey"]),
    );
  });

  // A plain SET NULL would null practiceId too, which is NOT NULL: deleting the parent would fail.
  it("null only the pointer, never practiceId, when they set null on delete", () => {
    const setNull = betweenPracticeData.filter((key) => key.setsNullOnDelete);
    expect(setNull.filter((key) => key.nulledOnDelete.join() !== pointerOf(key)).map((key) => key.name)).toEqual([]);
    expect(setNull.map((key) => key.name)).toContain("Client_practiceId_coachProfileId_fkey");
  });

  it("come only from tables that carry practiceId themselves", () => {
    expect(
      intoPracticeData.filter((key) => !key.childHasPracticeId).map((key) => `${key.child}.${key.columns}`),
    ).toEqual([]);
  });
});

/** One row of every practice table: what factories build for a practice, plus the calendar rows they leave out. */
async function practiceWithEveryKindOfRow(): Promise<string> {
  const { practice, owner } = await createPractice(prisma);
  const { profile } = await createBookableCoach(prisma, practice.id);
  const booking = await createBookingRow(prisma, profile, new Date("2027-01-04T10:00:00Z"));
  await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: profile.id,
    clientId: booking.clientId,
    authorUserId: owner.id,
  });
  const connection = await createCalendarConnection(prisma, profile);
  const sourceId = connection.sources[0]!.id;
  await prisma.calendarBusyBlock.create({
    data: {
      practiceId: practice.id,
      coachProfileId: profile.id,
      sourceId,
      startAt: new Date("2027-01-05T10:00:00Z"),
      endAt: new Date("2027-01-05T11:00:00Z"),
    },
  });
  await prisma.calendarSessionCopy.create({
    data: { practiceId: practice.id, bookingId: booking.id, sourceId, remoteRef: "event-1" },
  });
  return practice.id;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Tx = Pick<typeof prisma, "$executeRawUnsafe" | "$queryRawUnsafe">;

async function anyRowOf(tx: Tx, table: string, practiceId: string): Promise<string> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT "id" FROM ${quote(table)} WHERE "practiceId" = $1 LIMIT 1`,
    practiceId,
  );
  if (!rows[0]) throw new Error(`The fixture practice has no ${table} row; add one to practiceWithEveryKindOfRow.`);
  return rows[0].id;
}

/**
 * A copy of an existing row is the one way to build a valid row of any table. So that only foreign
 * keys can refuse the copy, the table's unique indexes (except its primary key and those a foreign key
 * references) and its CHECK and EXCLUDE constraints are dropped first: the caller's transaction is
 * always rolled back.
 */
async function dropConstraintsOtherThanKeys(tx: Tx, table: string): Promise<void> {
  const statements = await tx.$queryRawUnsafe<Array<{ statement: string }>>(
    `SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', $1::text, conname) AS statement
       FROM pg_constraint WHERE conrelid = format('%I', $1::text)::regclass AND contype IN ('c', 'x')
     UNION ALL
     SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
      WHERE i.indrelid = format('%I', $1::text)::regclass AND i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    table,
  );
  for (const { statement } of statements) await tx.$executeRawUnsafe(statement);
}

async function insertCopyPointingAt(tx: Tx, key: ForeignKey, sourceRowId: string, parentId: string) {
  const columns = await tx.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT attname::text AS name FROM pg_attribute
      WHERE attrelid = format('%I', $1::text)::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    key.child,
  );
  const pointer = pointerOf(key);
  const values = columns.map(({ name }) => (name === "id" ? "$1" : name === pointer ? "$2" : quote(name)));
  return tx.$executeRawUnsafe(
    `INSERT INTO ${quote(key.child)} (${columns.map(({ name }) => quote(name)).join(", ")})
     SELECT ${values.join(", ")} FROM ${quote(key.child)} WHERE "id" = $3`,
    randomUUID(),
    parentId,
    sourceRowId,
  );
}

class RolledBack<T> extends Error {
  constructor(readonly result: T) {
    super("rolled back on purpose");
  }
}

async function inRolledBackTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    await prisma.$transaction(async (tx) => {
      throw new RolledBack(await work(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
  throw new Error("unreachable: the transaction always throws");
}

type DriverAdapterFailure = {
  meta?: { driverAdapterError?: { cause?: { originalCode?: string; constraint?: { index?: string } } } };
};

/** The SQLSTATE and constraint a raw statement failed with, as the driver adapter reports them. */
function refusalOf(error: unknown): { sqlState?: string; constraint?: string } {
  const cause = (error as DriverAdapterFailure).meta?.driverAdapterError?.cause;
  return { sqlState: cause?.originalCode, constraint: cause?.constraint?.index };
}

describe("a raw INSERT across practices", () => {
  let practiceA: string;
  let practiceB: string;
  beforeAll(async () => {
    practiceA = await practiceWithEveryKindOfRow();
    practiceB = await practiceWithEveryKindOfRow();
  });

  it.each(betweenPracticeData.map((key) => [key.name, key] as const))(
    "%s refuses a row of one practice pointing at another's, and accepts one within the practice",
    async (_name, key) => {
      const outcome = await inRolledBackTransaction(async (tx) => {
        const sourceRowId = await anyRowOf(tx, key.child, practiceA);
        const ownParent = await anyRowOf(tx, key.parent, practiceA);
        const foreignParent = await anyRowOf(tx, key.parent, practiceB);
        await dropConstraintsOtherThanKeys(tx, key.child);
        await tx.$executeRawUnsafe("SAVEPOINT across");
        const refusal = await insertCopyPointingAt(tx, key, sourceRowId, foreignParent).then(
          () => null,
          (error: unknown) => refusalOf(error),
        );
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT across");
        const insertedWithin = await insertCopyPointingAt(tx, key, sourceRowId, ownParent);
        return { refusal, insertedWithin };
      });
      expect(outcome.refusal).toEqual({ sqlState: "23503", constraint: key.name });
      expect(outcome.insertedWithin).toBe(1);
    },
  );
});
