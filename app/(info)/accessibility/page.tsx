import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

// In the form of GOV.UK's model accessibility statement, as the Public Sector Bodies (Websites and
// Mobile Applications) (No. 2) Accessibility Regulations 2018 expect.
export default function AccessibilityPage() {
  return (
    <>
      <h1>Accessibility statement for Waypoint</h1>
      <p>
        This statement applies to the Waypoint service, used by schools and academy trusts to plan their technology. We want as many people as possible to be
        able to use it. For example, you should be able to:
      </p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen, and use every page on a phone without scrolling sideways</li>
        <li>navigate the whole service using just a keyboard</li>
        <li>use the service with a screen reader (including recent versions of JAWS, NVDA and VoiceOver)</li>
      </ul>

      <h2>How accessible this service is</h2>
      <p>We know some parts are not fully accessible:</p>
      <ul>
        <li>
          The strategy PDF that governors download is not a tagged PDF: its text can be read and searched, and it has a title and language, but a screen reader
          cannot follow its headings and tables as structure. The same content is available as a web page in Waypoint.
        </li>
        <li>The trust’s heat map is a wide table: on a small screen it scrolls sideways within its own box.</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information in a different format, or find a problem not listed here, tell your school’s or trust’s Waypoint administrator, who will pass it
        to us. We will reply within 5 working days.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to
        your complaint, contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2>Technical information about this service’s accessibility</h2>
      <p>
        Waypoint is committed to making its service accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018.
      </p>
      <h3 className="font-bold">Compliance status</h3>
      <p>This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.</p>
      <h3 className="font-bold">Non-accessible content</h3>
      <p>
        The downloadable strategy PDF is not tagged (WCAG 1.3.1 Info and relationships). The library that produces it (@react-pdf/renderer) cannot write tagged
        PDFs yet. We will produce tagged PDFs when it can, or move to a renderer that does.
      </p>

      <h2>How we tested this service</h2>
      <p>
        Every page is checked automatically against WCAG 2.2 AA with axe in our end-to-end tests, at 1366 and 390 pixels wide, and the main journeys are tested
        using only a keyboard.
      </p>
      <p>This statement was prepared on 2 December 2026.</p>
    </>
  );
}
