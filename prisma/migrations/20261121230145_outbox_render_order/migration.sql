-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "render_order_id" UUID;

