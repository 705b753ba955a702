-- CreateEnum
CREATE TYPE "TimeFormat" AS ENUM ('AUTO', 'H12', 'H24');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeFormat" "TimeFormat" NOT NULL DEFAULT 'AUTO';

