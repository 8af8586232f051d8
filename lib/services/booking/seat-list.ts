import "server-only";

/** "Seat A5" or "Seats A5, A6", for messages that name seats. */
export function seatList(labels: string[]): string {
  return labels.length === 1 ? `Seat ${labels[0]}` : `Seats ${labels.join(", ")}`;
}
