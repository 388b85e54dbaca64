import { Link, Text } from '@react-email/components';
import { MailLayout, styles } from './layout';

export function AdviserGrantedMail({
  tenantName,
  granterName,
  access,
  until,
  purpose,
  link,
  needsPassword,
}: {
  tenantName: string;
  granterName: string;
  access: string;
  until: string;
  purpose: string;
  link: string;
  needsPassword: boolean;
}) {
  return (
    <MailLayout
      preview={`${granterName} has given you ${access} access to ${tenantName} until ${until}`}
      footer={<Text style={styles.small}>{tenantName} can see what you open and change while you have access, and can end it at any time.</Text>}
    >
      <Text style={styles.heading}>You have access to {tenantName}</Text>
      <Text style={styles.text}>
        {granterName} has given you {access} access to {tenantName} on Waypoint, as an adviser, until the end of {until}.
        {purpose ? ` What they asked for help with: ${purpose}` : ''}
      </Text>
      <Text style={styles.text}>
        <Link href={link} style={styles.link}>
          {needsPassword ? 'Choose a password to sign in' : 'Sign in to Waypoint'}
        </Link>
      </Text>
      {needsPassword ? (
        <Text style={styles.small}>You do not have a Waypoint password yet: enter this email address on that page and we will send you a link to set one.</Text>
      ) : null}
    </MailLayout>
  );
}
