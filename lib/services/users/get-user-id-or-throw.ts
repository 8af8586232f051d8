import "server-only";
import { notFound } from "@/lib/http/errors";
import { findUserIdByIdentifier } from "./find-user";

/** The id of the user with this e-mail or username; 404 "User not found" otherwise (S1's lookups). */
export async function getUserIdOrThrow(identifier: string): Promise<string> {
  const userId = await findUserIdByIdentifier(identifier);
  if (!userId) throw notFound("User");
  return userId;
}
