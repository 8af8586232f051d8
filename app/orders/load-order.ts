import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/http/errors";
import { getUserOrder } from "@/lib/services/booking/get-user-order";

/** The viewer's order, or the 404 page for anyone else's (or a malformed id). */
export async function loadOwnOrder(orderId: string, userId: string) {
  try {
    return await getUserOrder(orderId, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
