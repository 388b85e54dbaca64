'use client';

import { useEffect } from 'react';

export const LEAVE_MESSAGE = 'Some of your changes are not saved yet. Leave this page anyway?';

// Asks before the page is left while something is unsaved or still saving: closing or reloading
// the tab (beforeunload, where the browser shows its own wording) and following a link inside the
// app (Next's <Link> checks defaultPrevented, so refusing here keeps the person on the page). The
// back button in the app is not interceptable reliably; pages that use this also flush their
// pending saves when they unmount, so nothing is lost that way either.
export function useLeaveGuard(active: boolean, message: string = LEAVE_MESSAGE) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      const to = new URL(link.href, window.location.href);
      // A jump within the page (an error summary's link) is not leaving.
      if (to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active, message]);
}
