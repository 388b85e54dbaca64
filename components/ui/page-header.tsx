export function PageHeader({
  title,
  caption,
  description,
  actions,
}: {
  title: string;
  caption?: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-6">
      <div className="max-w-3xl">
        {caption ? <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{caption}</p> : null}
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        {description ? <div className="mt-2 text-base text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
    </div>
  );
}

export function Card({ title, children, headingLevel = 2 }: { title?: string; children: React.ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {title ? <Heading className="mb-4 text-lg font-bold text-slate-900">{title}</Heading> : null}
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="text-base font-semibold text-slate-900">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-700">{children}</div> : null}
    </div>
  );
}

export function Badge({ children, tone = 'slate' }: { children: React.ReactNode; tone?: 'slate' | 'green' | 'amber' | 'red' | 'brand' }) {
  const tones = {
    slate: 'bg-slate-100 text-slate-800 ring-slate-300',
    green: 'bg-green-50 text-green-900 ring-green-300',
    amber: 'bg-amber-50 text-amber-900 ring-amber-300',
    red: 'bg-red-50 text-red-900 ring-red-300',
    brand: 'bg-brand-50 text-brand-900 ring-brand-100',
  };
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}
