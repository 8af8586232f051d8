import { Heading, Img, Section, Text } from "@react-email/components";
import { EmailLayout, emailMuted, emailText } from "./email-layout";

export type TicketsEmailProps = {
  eventTitle: string;
  /** Date and time as the venue reads them, e.g. "Friday 5 March 2032, 20:45 (UTC)". */
  when: string;
  hall: string | null;
  reference: string;
  tickets: { seatLabel: string | null; code: string; qrContentId: string }[];
};

/** The tickets of a paid order: one QR image (inline, cid:) and code per seat. */
export function TicketsEmail({ eventTitle, when, hall, reference, tickets }: TicketsEmailProps) {
  return (
    <EmailLayout preview={`Your tickets for ${eventTitle}`}>
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 12px" }}>
        Your tickets for {eventTitle}
      </Heading>
      <Text style={emailText}>
        {when}
        {hall ? ` · ${hall}` : ""}
      </Text>
      <Text style={emailMuted}>
        Order {reference}. Show the QR code of each ticket at the door; the code under it works too. The calendar file adds the show to your calendar.
      </Text>
      {tickets.map((t) => (
        <Section key={t.code} style={{ borderTop: "1px solid #e4e4e7", padding: "16px 0" }}>
          <Text style={{ ...emailText, fontWeight: 700 }}>{t.seatLabel ? `Seat ${t.seatLabel}` : "Admission"}</Text>
          <Img src={`cid:${t.qrContentId}`} width="180" height="180" alt={`QR code of ticket ${t.code}`} />
          <Text style={{ fontSize: 20, letterSpacing: 4, fontWeight: 700, fontFamily: "Menlo, monospace", margin: "8px 0 0" }} data-ticket-code={t.code}>
            {t.code}
          </Text>
        </Section>
      ))}
    </EmailLayout>
  );
}
