-- AlterTable
ALTER TABLE "seat_categories" ADD COLUMN     "default_price_minor" INTEGER;

