-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "sourceUrl" TEXT;
