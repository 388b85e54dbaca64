import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Privacy notice' };

export default function PrivacyPage() {
  return (
    <>
      <h1>Privacy notice</h1>
      <p>This notice explains what personal data Waypoint holds about the people who use it, why, and for how long.</p>

      <h2>Who is responsible</h2>
      <p>
        Your school or academy trust is the controller of the data about its staff and governors in Waypoint: it decides who is invited and what is recorded.
        Waypoint processes that data on the school’s or trust’s behalf, under its contract with them.
      </p>

      <h2>What we hold</h2>
      <ul>
        <li>Your name and email address, your role in each school or trust, and when you last signed in.</li>
        <li>
          A record of what you changed (answers, actions, the strategy) and when, kept as an audit log so the school can show who decided what. Sign-in attempts
          are recorded with the network address they came from, to protect accounts from password guessing.
        </li>
        <li>
          For an action owner outside Waypoint (such as an IT support company), the name and email address the school entered, used only to send reminders.
        </li>
        <li>Your choices about which reminder emails you receive.</li>
      </ul>
      <p>Waypoint does not record pupils’ personal data and does not ask for it. Please do not type pupils’ names into answers, notes or the strategy.</p>

      <h2>Why</h2>
      <p>
        To let your school or trust plan and evidence its technology against DfE’s standards (a public task of the school), to keep accounts secure, and to send
        the emails the service depends on.
      </p>

      <h2>How long</h2>
      <ul>
        <li>Your account is kept while you are a member of a school or trust; your school or trust can remove you at any time.</li>
        <li>The audit log is kept for as long as the school’s records are, because it is the evidence of what was decided.</li>
        <li>Password reset links last an hour; invitation links a week. Only a fingerprint of each link is stored.</li>
      </ul>

      <h2>Emails and cookies</h2>
      <p>
        Emails contain no tracking images. Waypoint uses one cookie to keep you signed in, and a short-lived one while you link a Microsoft or Google account;
        no analytics or advertising cookies.
      </p>

      <h2>Your rights</h2>
      <p>
        You can ask your school or trust for a copy of your data, to correct it, or to delete it. If you are unhappy with how it is handled, you can complain to
        the Information Commissioner’s Office at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk</a>.
      </p>
    </>
  );
}
