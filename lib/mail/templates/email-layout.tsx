import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const colors = { bg: "#f4f4f5", card: "#ffffff", text: "#18181b", muted: "#52525b", brand: "#4f46e5" };

/** The frame of every e-mail: brand line, white card, footer. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.bg, fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: 560, margin: "0 auto" }}>
          <Text style={{ color: colors.brand, fontSize: 20, fontWeight: 700, margin: "0 0 16px 8px" }}>Tessera</Text>
          <Section style={{ backgroundColor: colors.card, borderRadius: 12, padding: "24px 28px", color: colors.text }}>{children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
          <Text style={{ color: colors.muted, fontSize: 12, margin: "0 8px" }}>
            You receive this e-mail because of an action on your Tessera account. If it was not you, you can ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const emailText = { fontSize: 15, lineHeight: "24px", color: colors.text, margin: "0 0 12px" } as const;
export const emailMuted = { fontSize: 13, lineHeight: "20px", color: colors.muted, margin: "0 0 12px" } as const;
export const emailButton = {
  backgroundColor: colors.brand,
  color: "#ffffff",
  borderRadius: 8,
  padding: "12px 20px",
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
} as const;
