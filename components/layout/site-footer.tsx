import Link from 'next/link';

// The same footer on every page, signed in or not: where to get help and the statements the
// public sector accessibility regulations and UK GDPR ask for.
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white py-6 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4">
        <p>Waypoint helps schools and trusts plan their technology against the DfE digital and technology standards.</p>
        <nav aria-label="Support links">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/help">Help</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/accessibility">Accessibility statement</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
