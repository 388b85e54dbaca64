'use client';

import { useLinkStatus } from 'next/link';

// Shown inside a link while the page it leads to is loading: server pages can take a moment.
export function LinkPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" className="ml-2 inline-flex items-center align-middle">
      <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent" />
      <span className="sr-only">Loading</span>
    </span>
  );
}
