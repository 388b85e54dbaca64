import type { Metadata } from 'next';
import Link from 'next/link';
import { TrainingForm, TrainingImportForm } from '@/components/evidence/training-forms';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { Badge, EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate, formatIsoDate, londonToday, parseIsoDate } from '@/lib/dates/format';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { listTrainingRecords } from '@/lib/evidence/manage-training';
import { TRAINING_STATE_LABEL, summariseTraining, trainingExpires, trainingState, type TrainingState } from '@/lib/evidence/training';
import { TRAINEE_ROLE_LABEL } from '@/lib/evidence/training-schemas';
import { loadSchoolPage } from '@/lib/http/load-page';
import { createTrainingAction, importTrainingAction } from './actions';

export const metadata: Metadata = { title: 'Cyber training records' };

const TONE: Record<TrainingState, 'green' | 'amber' | 'red'> = { trained: 'green', due: 'amber', overdue: 'red', missing: 'red' };

export default async function TrainingPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'evidence:read');
  const today = londonToday();
  const [records, evidence] = await Promise.all([listTrainingRecords(actor, school.id), can.has('evidence:edit') ? listEvidence(actor, school.id, today) : []]);
  const rows = records.map((r) => {
    const trainedOn = r.trainedOn ? formatIsoDate(r.trainedOn) : null;
    return { ...r, trainedOnIso: trainedOn, state: trainingState(trainedOn, today) };
  });
  const summary = summariseTraining(
    rows.map((r) => ({ name: r.name, trainedOn: r.trainedOnIso })),
    today,
  );
  const editable = can.has('evidence:edit');
  const certificates = evidence.filter((e) => e.kind === 'FILE').map((e) => ({ value: e.id, label: e.title }));
  const notice = query.imported
    ? `${query.imported} added and ${query.updated ?? 0} updated.`
    : query.training === 'added'
      ? 'Record added.'
      : query.training === 'saved'
        ? 'Record saved.'
        : query.training === 'deleted'
          ? 'Record deleted.'
          : null;
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        title="Cyber training records"
        description="Everyone with access to the school’s IT (staff, governors and trustees, and anyone else with a login) should do cyber security training every year; RPA members must keep evidence of the NCSC’s training. People here need no Waypoint account."
      />
      <p className="mb-6 text-lg font-semibold text-slate-900" data-testid="training-summary">
        {summary.people === 0
          ? 'Nobody is listed yet.'
          : `${summary.trained} of ${summary.people} trained in the last year${summary.untrained.length ? `; ${summary.untrained.length} need training` : ''}${summary.due.length ? `; ${summary.due.length} due in the next 60 days` : ''}.`}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No training records yet">{editable ? 'Add people one by one below, or import a CSV from your staff list.' : null}</EmptyState>
      ) : (
        <div className={TABLE_SCROLL}>
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">People with IT access and their cyber training</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Name
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Role
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Last trained
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Certificate
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-3 align-top">{editable ? <Link href={`/schools/${school.id}/training/${r.id}`}>{r.name}</Link> : r.name}</td>
                  <td className="px-4 py-3 align-top">{TRAINEE_ROLE_LABEL[r.role]}</td>
                  <td className="px-4 py-3 align-top">{r.trainedOnIso ? formatDate(parseIsoDate(r.trainedOnIso)) : '—'}</td>
                  <td className="px-4 py-3 align-top">
                    <Badge tone={TONE[r.state]}>{TRAINING_STATE_LABEL[r.state]}</Badge>
                    {r.trainedOnIso && r.state !== 'missing' ? (
                      <span className="block text-xs text-slate-700">Until {formatDate(parseIsoDate(trainingExpires(r.trainedOnIso)))}</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 align-top">
                    {r.certificateId && r.certificate ? <Link href={`/schools/${school.id}/evidence/${r.certificateId}`}>{r.certificate.title}</Link> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <div className="mt-10 grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="add-heading">
            <h2 id="add-heading" className="mb-3 text-xl font-bold text-slate-900">
              Add a person
            </h2>
            <TrainingForm
              action={createTrainingAction}
              hidden={{ schoolId: school.id }}
              defaults={{ role: 'STAFF' }}
              certificates={certificates}
              submitLabel="Add person"
            />
          </section>
          <section aria-labelledby="import-heading">
            <h2 id="import-heading" className="mb-3 text-xl font-bold text-slate-900">
              Import from a spreadsheet
            </h2>
            <TrainingImportForm action={importTrainingAction} hidden={{ schoolId: school.id }} />
          </section>
        </div>
      ) : null}
    </PageContainer>
  );
}
