import { Link, Text } from '@react-email/components';
import { MailLayout, styles } from './layout';

export function PasswordResetMail({ link, expires }: { link: string; expires: string }) {
  return (
    <MailLayout
      preview="Reset your Waypoint password"
      footer={<Text style={styles.small}>If you did not ask for this, ignore this email: your password stays as it is.</Text>}
    >
      <Text style={styles.heading}>Reset your password</Text>
      <Text style={styles.text}>Someone (we hope you) asked to reset the password of your Waypoint account.</Text>
      <Text style={styles.text}>
        <Link href={link} style={styles.link}>
          Choose a new password
        </Link>
      </Text>
      <Text style={styles.small}>The link works once, until {expires}. Setting a new password signs you out everywhere.</Text>
    </MailLayout>
  );
}

// For someone who asked to reset a password but signs in with Microsoft or Google only.
export function ProviderOnlyResetMail({ providers, signInLink }: { providers: string; signInLink: string }) {
  return (
    <MailLayout preview="You sign in to Waypoint with your organisation's account">
      <Text style={styles.heading}>You do not have a Waypoint password</Text>
      <Text style={styles.text}>
        Your Waypoint account signs in with {providers}, so there is no password to reset. Use &ldquo;Sign in with {providers}&rdquo; instead.
      </Text>
      <Text style={styles.text}>
        <Link href={signInLink} style={styles.link}>
          Go to sign in
        </Link>
      </Text>
    </MailLayout>
  );
}

export function PasswordChangedMail({ when, resetLink }: { when: string; resetLink: string }) {
  return (
    <MailLayout preview="Your Waypoint password was changed">
      <Text style={styles.heading}>Your password was changed</Text>
      <Text style={styles.text}>The password of your Waypoint account was changed on {when}, and every session was signed out.</Text>
      <Text style={styles.text}>
        If this was not you,{' '}
        <Link href={resetLink} style={styles.link}>
          reset your password now
        </Link>{' '}
        and tell your school or trust administrator.
      </Text>
    </MailLayout>
  );
}

export function ProviderLinkedMail({ providerName, when, accountLink }: { providerName: string; when: string; accountLink: string }) {
  return (
    <MailLayout preview={`A ${providerName} account can now sign in to your Waypoint account`}>
      <Text style={styles.heading}>A {providerName} account was linked</Text>
      <Text style={styles.text}>
        On {when}, a {providerName} account was linked to your Waypoint account. It can now be used to sign in.
      </Text>
      <Text style={styles.text}>
        If this was not you,{' '}
        <Link href={accountLink} style={styles.link}>
          unlink it from Your account
        </Link>
        , change your password and tell your school or trust administrator.
      </Text>
    </MailLayout>
  );
}
