-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "bookerLocale" TEXT;
