export default function Loading() {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-10" aria-busy="true">
      <p role="status" className="text-slate-700">
        Loading…
      </p>
      <div className="mt-6 space-y-3" aria-hidden="true">
        <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="h-40 animate-pulse rounded bg-slate-200" />
      </div>
    </main>
  );
}
