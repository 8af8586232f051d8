// S4's view of events: `_id`, eventName, date, lower-case Status and
// ticketStatus ("sold out" with a space, as a person would write it).
import type { EventStatus, TicketSaleStatus } from "@/lib/generated/prisma/enums";
import type { getEventDetail } from "@/lib/services/events/get-event-detail";
import type { listPublishedEvents } from "@/lib/services/events/list-published-events";
import { uploadUrl } from "@/lib/services/uploads/upload-files";

export const s4Status = (status: EventStatus) => status.toLowerCase();
export const s4TicketStatus = (status: TicketSaleStatus) => status.toLowerCase().replace("_", " ");

type ListedEvent = Awaited<ReturnType<typeof listPublishedEvents>>[number];

/** One entry of `GET /event`. */
export function s4ListedEvent(event: ListedEvent) {
  return {
    _id: event.id,
    eventName: event.title,
    description: event.description,
    date: event.startsAt,
    venue: event.venue,
    Status: s4Status(event.status),
    ticketStatus: s4TicketStatus(event.availability),
    maxParticipants: event.capacity,
    participantCount: event.participantCount,
    image: uploadUrl(event.imagePath),
    createdBy: event.organizer && { firstname: event.organizer.firstName, lastname: event.organizer.lastName, email: event.organizer.email },
  };
}

type DetailedEvent = Awaited<ReturnType<typeof getEventDetail>>;

/** `GET /event/:id` (and the event in a `PUT` answer). */
export function s4EventDetail(event: DetailedEvent) {
  return {
    _id: event.id,
    eventName: event.title,
    description: event.description,
    date: event.startsAt,
    venue: event.venue,
    speakers: event.speakers,
    Prize: event.prize,
    subEvents: event.subEvents,
    maxParticipants: event.capacity,
    Status: s4Status(event.status),
    ticketStatus: s4TicketStatus(event.availability),
    image: uploadUrl(event.imagePath),
    isOrganizer: event.isOrganizer,
    isRegistered: event.isRegistered,
    isWaitlisted: event.isWaitlisted,
    participantCount: event.participantCount,
    // S4 stores event text encrypted and shows it decrypted; here it is the same text.
    decryptedData: { eventName: event.title, description: event.description },
  };
}

const methodNames = { QR_CODE: "QR Code", TICKET_CODE: "Ticket Code", MANUAL: "Manual" } as const;
export const s4VerificationMethod = (method: keyof typeof methodNames) => methodNames[method];
