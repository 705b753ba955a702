-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMPTZ(3);


-- People with a session row have signed in before: their newest session says when
UPDATE "User" SET "lastSignInAt" = opened.at
FROM (SELECT "userId", max("createdAt") AS at FROM "Session" GROUP BY "userId") AS opened
WHERE opened."userId" = "User"."id";
