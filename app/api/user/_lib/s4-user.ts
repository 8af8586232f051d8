// S4's view of a user: `_id`, lower-case names and roles (stored upper-case).
import type { Role } from "@/lib/generated/prisma/enums";
import type { getUserDetail } from "@/lib/services/users/admin-users";
import type { Profile } from "@/lib/services/users/user-profile";

export const s4Role = (role: Role) => role.toLowerCase() as Lowercase<Role>;

/** The fields every S4 user object shares. */
export function s4User(profile: Profile) {
  return { _id: profile.id, firstname: profile.firstName, lastname: profile.lastName, email: profile.email, role: s4Role(profile.role) };
}

/** `GET /user/profile`: the user plus S4's `decryptedData` block. */
export function s4Profile(profile: Profile) {
  return {
    ...s4User(profile),
    twoFactorEnabled: profile.twoFactorEnabled,
    lastLogin: profile.lastLoginAt,
    createdAt: profile.createdAt,
    decryptedData: { firstname: profile.firstName, lastname: profile.lastName, email: profile.email },
  };
}

type Registration = Awaited<ReturnType<typeof getUserDetail>>["registrations"][number];

/** One entry of `registeredEvents`, shaped like S4's `GET /user/events/registered`. */
export function s4RegisteredEvent(registration: Registration) {
  return {
    eventId: registration.event.id,
    eventName: registration.event.title,
    date: registration.event.startsAt,
    registeredAt: registration.createdAt,
    attended: Boolean(registration.attendedAt),
    ticketId: registration.ticket?.id ?? null,
    status: registration.status.toLowerCase(),
  };
}
