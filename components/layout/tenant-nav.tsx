'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { LinkPending } from './link-pending';

// Section tabs for a trust or school; the current one is marked for assistive technology too.
// `document` tabs load as a whole page: the comparison sends its table once, in its HTML
// (components/ui/html-once.tsx), so a client-side navigation would only load it again.
export function TenantNav({ label, items }: { label: string; items: Array<{ href: string; label: string; exact?: boolean; document?: boolean }> }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              {item.document ? (
                <a href={item.href} aria-current={current ? 'page' : undefined} className={tabClass(current)}>
                  {item.label}
                </a>
              ) : (
                <Link href={item.href} aria-current={current ? 'page' : undefined} className={tabClass(current)}>
                  {item.label}
                  <LinkPending />
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

const tabClass = (current: boolean) =>
  `inline-block border-b-4 px-3 py-3 text-sm font-semibold no-underline ${
    current ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
  }`;
