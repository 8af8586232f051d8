import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailButton, emailMuted, emailText } from "./email-layout";

/** A one-time code: e-mail confirmation, password reset, e-mail change. */
export function CodeEmail({ heading, intro, code, expiresInMinutes, action }: { heading: string; intro: string; code: string; expiresInMinutes: number; action?: { label: string; href: string } }) {
  return (
    <EmailLayout preview={`${heading}: ${code}`}>
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 12px" }}>
        {heading}
      </Heading>
      <Text style={emailText}>{intro}</Text>
      <Text
        style={{ fontSize: 32, letterSpacing: 8, fontWeight: 700, fontFamily: "Menlo, monospace", margin: "8px 0 16px" }}
        data-code={code}
      >
        {code}
      </Text>
      {action && (
        <Text style={{ margin: "0 0 16px" }}>
          <Button href={action.href} style={emailButton}>
            {action.label}
          </Button>
        </Text>
      )}
      <Text style={emailMuted}>The code expires in {expiresInMinutes} minutes and works once.</Text>
    </EmailLayout>
  );
}
