import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

// Plain, GOV.UK-like mail: one column, system fonts, black on white, a clear heading and one
// action. No images and no tracking pixels.
const font = 'Arial, Helvetica, sans-serif';
export const styles = {
  body: { backgroundColor: '#ffffff', color: '#0b0c0c', fontFamily: font, margin: 0, padding: 0 },
  container: { maxWidth: '580px', padding: '24px 16px' },
  brand: { borderBottom: '8px solid #1d70b8', fontSize: '20px', fontWeight: 700, margin: '0 0 24px', padding: '0 0 12px' },
  heading: { fontSize: '24px', fontWeight: 700, lineHeight: '30px', margin: '0 0 16px' },
  text: { fontSize: '19px', lineHeight: '28px', margin: '0 0 16px' },
  link: { color: '#1d70b8', fontSize: '19px', textDecoration: 'underline' },
  small: { color: '#505a5f', fontSize: '16px', lineHeight: '24px', margin: '0 0 12px' },
};

export function MailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en-GB">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Waypoint</Text>
          <Section>{children}</Section>
          <Hr />
          {footer}
          <Text style={styles.small}>Waypoint helps schools and trusts plan their technology against the DfE digital and technology standards.</Text>
        </Container>
      </Body>
    </Html>
  );
}
