import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20">
      <h1 className="text-3xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-4 text-slate-700">
        If you typed the web address, check it is correct. If you followed a link, the page may have moved, or it belongs to an organisation you are not a
        member of.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold">
          Go to your home page
        </Link>
      </p>
    </main>
  );
}
