import { Link, Text } from '@react-email/components';
import { MailLayout, styles } from './layout';

// Reminders and digests: what is due, with a link to each thing, and how to stop this kind.
export type MailLine = { text: string; href: string };

function Lines({ lines }: { lines: MailLine[] }) {
  return (
    <>
      {lines.map((line) => (
        <Text key={line.href + line.text} style={{ ...styles.text, margin: '0 0 8px' }}>
          •{' '}
          <Link href={line.href} style={styles.link}>
            {line.text}
          </Link>
        </Text>
      ))}
    </>
  );
}

function Footer({ why, unsubscribe, preferences }: { why: string; unsubscribe: string; preferences: string }) {
  return (
    <>
      <Text style={styles.small}>{why}</Text>
      <Text style={styles.small}>
        <Link href={unsubscribe} style={{ ...styles.link, fontSize: '16px' }}>
          Stop these emails
        </Link>{' '}
        or{' '}
        <Link href={preferences} style={{ ...styles.link, fontSize: '16px' }}>
          choose what Waypoint sends you
        </Link>
        .
      </Text>
    </>
  );
}

export type ReminderMailProps = {
  preview: string;
  heading: string;
  intro: string;
  sections: Array<{ title: string; lines: MailLine[] }>;
  next?: MailLine;
  why: string;
  unsubscribe: string;
  preferences: string;
};

export function ReminderMail({ preview, heading, intro, sections, next, why, unsubscribe, preferences }: ReminderMailProps) {
  const body = sections.map((section) =>
    section.lines.length > 0 ? (
      <div key={section.title}>
        <Text style={{ ...styles.text, fontWeight: 700, margin: '24px 0 8px' }}>{section.title}</Text>
        <Lines lines={section.lines} />
      </div>
    ) : null,
  );
  return (
    <MailLayout preview={preview} footer={<Footer why={why} unsubscribe={unsubscribe} preferences={preferences} />}>
      <Text style={styles.heading}>{heading}</Text>
      <Text style={styles.text}>{intro}</Text>
      {body}
      {next ? (
        <Text style={{ ...styles.text, marginTop: '24px' }}>
          <Link href={next.href} style={styles.link}>
            {next.text}
          </Link>
        </Text>
      ) : null}
    </MailLayout>
  );
}
