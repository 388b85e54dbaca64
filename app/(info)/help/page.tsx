import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Help' };

export default function HelpPage() {
  return (
    <>
      <h1>Help</h1>
      <p>
        Waypoint helps a school plan its technology against the Department for Education’s digital and technology standards, and run that plan as a loop that
        improves a little every year.
      </p>

      <h2>How the loop works</h2>
      <ol>
        <li>
          <strong>Assess.</strong> A school leader starts a self-assessment and the team answers each requirement: met, partly met, not met, not sure, or not
          applicable (with a reason). Answers save as they are chosen. Start with the six core standards, which DfE expects every school to meet by 2030.
        </li>
        <li>
          <strong>Prioritise.</strong> Waypoint ranks what is not yet met, foundations first: safeguarding and legal duties, then leadership, then the network,
          then devices and cloud.
        </li>
        <li>
          <strong>Act.</strong> Turn priorities into actions with an owner, a date and a cost. Owners are reminded by email once a week when something is due.
        </li>
        <li>
          <strong>Review.</strong> Complete the cycle when every requirement is answered. Governors, the strategy and the trust see completed cycles only. Next
          year’s cycle starts from these answers, so you only update what changed.
        </li>
      </ol>

      <h2>Who can do what</h2>
      <ul>
        <li>School leaders answer, complete cycles, keep the action plan, write and publish the strategy, and invite colleagues.</li>
        <li>Contributors (for example your IT support) answer questions and add evidence notes.</li>
        <li>Governors read the published strategy and download it as a PDF.</li>
        <li>Trust admins and viewers compare all the trust’s schools and follow their progress.</li>
      </ul>

      <h2>How long it takes</h2>
      <p>
        The six core standards take most schools one to two hours with the right people in the room: the business manager, the designated safeguarding lead and
        whoever looks after your IT. All twelve standards take two to three hours. You can stop at any point: nothing is lost.
      </p>

      <h2>When DfE changes the standards</h2>
      <p>
        Waypoint’s questions come from a versioned catalogue of the standards. A new DfE release becomes a new version: completed cycles keep the one they were
        answered on, the next cycle starts on the new one with your answers carried over, and only answers to questions that changed are marked for a second
        look. A cycle in progress can move to the new version from its page, after a preview. See{' '}
        <Link href="/help/standards">what changed in each version</Link>.
      </p>

      <h2>Emails</h2>
      <p>
        Waypoint sends invitations, password emails, weekly reminders to action owners, reminders to leaders when a cycle or a strategy review is due, and a
        weekly digest for trusts. You choose which reminders you get on <Link href="/account#mail">your account page</Link>, and every reminder has a link to
        stop it.
      </p>

      <h2>Getting help</h2>
      <p>
        For access to your school or trust, ask its Waypoint administrator (usually the head or the trust’s IT lead). If you cannot sign in,{' '}
        <Link href="/forgot-password">reset your password</Link>. For the standards themselves, see{' '}
        <a href="https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges">
          meeting digital and technology standards in schools and colleges
        </a>{' '}
        on GOV.UK.
      </p>
    </>
  );
}
