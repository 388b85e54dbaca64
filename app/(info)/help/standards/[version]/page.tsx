import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CatalogueChangeList } from '@/components/assessment/catalogue-change-list';
import { getCatalogueChangelog } from '@/lib/assessment/catalogue-changelog';
import { formatLongDate } from '@/lib/dates/format';
import { catalogueVersionName } from '@/lib/standards/describe-catalogue-change';

type Props = { params: Promise<{ version: string }> };
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `What changed in ${catalogueVersionName((await params).version)}` };
}

// Generated from the diff between this version and the one before, so it is always true to the data.
export default async function CatalogueChangelogPage({ params }: Props) {
  const changelog = await getCatalogueChangelog((await params).version);
  if (!changelog) notFound();
  const { current, previous, changes } = changelog;
  const name = catalogueVersionName(current.version);

  if (!previous || !changes) {
    return (
      <>
        <h1>The {name} catalogue</h1>
        <p>
          {current.title}. This is the first catalogue version in Waypoint, so there is nothing to compare it with.{' '}
          <Link href="/help/standards">All versions</Link>
        </p>
      </>
    );
  }
  const before = catalogueVersionName(previous.version);
  const standards = [...new Set([...changes.added, ...changes.changed, ...changes.updated, ...changes.retired].map((entry) => entry.standardTitle))];

  return (
    <>
      <h1>What changed in {name}</h1>
      <p>
        {current.title} (dated {formatLongDate(current.publishedOn)}), compared with the {before} catalogue. In all: {changes.added.length} new requirements,{' '}
        {changes.changed.length} changed, {changes.updated.length} with clearer hints or titles only, and {changes.retired.length} retired.
      </p>
      <h2>What it means for your school</h2>
      <ul>
        <li>Completed cycles keep the catalogue they were answered on, so their scores, history and published strategies do not change.</li>
        <li>
          Your next cycle starts on {name}, carrying your answers over. Answers to changed requirements are marked for you to check; new ones are unanswered.
        </li>
        <li>
          A cycle already in progress on {before} can move to {name} from its cycle page, after a preview of what changes, or finish on {before}.
        </li>
        <li>“Changed” means the question, whether it is a must or a should, or when it is expected changed. Better hints alone do not ask you to re-answer.</li>
      </ul>
      {standards.map((standardTitle) => {
        const of = <T extends { standardTitle: string }>(entries: T[]) => entries.filter((entry) => entry.standardTitle === standardTitle);
        const updated = of(changes.updated);
        return (
          <section key={standardTitle} className="mt-8 space-y-4">
            <h2 className="text-xl font-bold text-slate-900">{standardTitle}</h2>
            <CatalogueChangeList headingLevel={3} title="New requirements" entries={of(changes.added)} />
            <CatalogueChangeList headingLevel={3} title="Changed requirements" entries={of(changes.changed)} describe />
            <CatalogueChangeList headingLevel={3} title="Retired requirements" entries={of(changes.retired)} />
            {updated.length > 0 ? (
              <details className="text-sm text-slate-800">
                <summary className="cursor-pointer font-semibold">Clearer hints or titles only ({updated.length})</summary>
                <ul className="mt-1 list-disc pl-5">
                  {updated.map((entry) => (
                    <li key={entry.code}>{entry.title}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
