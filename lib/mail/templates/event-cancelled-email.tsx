import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, emailButton, emailMuted, emailText } from "./email-layout";

export type EventCancelledEmailProps = {
  title: string;
  /** "Sat 14 Mar, 19:30 (UTC)": the event, or the one cancelled showing. */
  when: string;
  /** True when only one showing was cancelled, not the whole event. */
  showingOnly: boolean;
  ticketCount: number;
  /** Formatted amounts refunded at once and still on their way. */
  refunded: string | null;
  refundPending: string | null;
  ticketsUrl: string;
};

/** Told to every ticket holder and registrant when an event or one of its showings is cancelled. */
export function EventCancelledEmail({ title, when, showingOnly, ticketCount, refunded, refundPending, ticketsUrl }: EventCancelledEmailProps) {
  const what = showingOnly ? `The showing of ${title} on ${when}` : `${title} (${when})`;
  const places = ticketCount === 1 ? "Your ticket is" : `Your ${ticketCount} tickets are`;
  return (
    <EmailLayout preview={`${title} has been cancelled`}>
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 12px" }}>
        {showingOnly ? "A showing was cancelled" : "An event was cancelled"}
      </Heading>
      <Text style={emailText}>
        {what} has been cancelled by the organizer. {ticketCount > 0 ? `${places} no longer valid.` : "Your registration has been cancelled."}
      </Text>
      {(refunded || refundPending) && (
        <Section>
          {refunded && <Text style={emailText}>We have refunded {refunded} in full to your original payment method.</Text>}
          {refundPending && <Text style={emailText}>A refund of {refundPending} is on its way; it usually reaches your account within a few days.</Text>}
        </Section>
      )}
      <Button href={ticketsUrl} style={emailButton}>
        See my tickets
      </Button>
      <Text style={{ ...emailMuted, marginTop: 16 }}>We are sorry for the inconvenience. You do not need to do anything.</Text>
    </EmailLayout>
  );
}
