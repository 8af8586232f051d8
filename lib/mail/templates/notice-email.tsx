import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailButton, emailText } from "./email-layout";

/** A plain notice with an optional call to action. */
export function NoticeEmail({ heading, paragraphs, action }: { heading: string; paragraphs: string[]; action?: { label: string; href: string } }) {
  return (
    <EmailLayout preview={heading}>
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 12px" }}>
        {heading}
      </Heading>
      {paragraphs.map((p, i) => (
        <Text key={i} style={emailText}>
          {p}
        </Text>
      ))}
      {action && (
        <Button href={action.href} style={emailButton}>
          {action.label}
        </Button>
      )}
    </EmailLayout>
  );
}
