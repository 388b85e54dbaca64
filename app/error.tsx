'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20">
      <h1 className="text-3xl font-bold text-slate-900">Sorry, something went wrong</h1>
      <p className="mt-4 text-slate-700">Nothing you entered has been lost by this page. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </main>
  );
}
