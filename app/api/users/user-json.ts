// Response shapes shared by the /api/users routes (field names as S0 and S3 write them).
import type { UserRefKind } from "@/lib/services/users/find-user-by-ref";
import type { viewUserCard } from "@/lib/services/users/view-user-card";

type Card = Awaited<ReturnType<typeof viewUserCard>>;

/**
 * `id` is the UUID when the path named the user by UUID (S3) and the integer
 * id otherwise (S0 paths by username or `<int:id>`).
 */
export const publicUserId = (user: { id: string; legacyId: number }, kind: UserRefKind) => (kind === "uuid" ? user.id : user.legacyId);

/** The union of S0's `{id, username, email}` and S3's user. */
export function userCardJson(card: Card, kind: UserRefKind) {
  return {
    id: publicUserId(card, kind),
    username: card.username,
    email: card.email,
    first_name: card.firstName,
    last_name: card.lastName,
    created_at: card.createdAt,
  };
}
