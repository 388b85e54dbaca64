import { Link, Text } from '@react-email/components';
import { MailLayout, styles } from './layout';

export function InvitationMail({
  tenantName,
  roleLabel,
  inviterName,
  link,
  expires,
}: {
  tenantName: string;
  roleLabel: string;
  inviterName: string;
  link: string;
  expires: string;
}) {
  return (
    <MailLayout
      preview={`${inviterName} invited you to join ${tenantName} on Waypoint`}
      footer={<Text style={styles.small}>If you were not expecting this, you can ignore it: nothing happens unless the link is used.</Text>}
    >
      <Text style={styles.heading}>Join {tenantName} on Waypoint</Text>
      <Text style={styles.text}>
        {inviterName} has invited you to {tenantName} as {roleLabel}.
      </Text>
      <Text style={styles.text}>
        <Link href={link} style={styles.link}>
          Accept the invitation
        </Link>
      </Text>
      <Text style={styles.small}>The link works once and expires on {expires}. Do not forward it: whoever uses it joins as you.</Text>
    </MailLayout>
  );
}
