import { Document, Page, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { MATURITY_LABEL } from '@/lib/assessment/scoring';
import { REPORT_LEVELS, type BoardReportContent } from '@/lib/board-report/report-content';
import { formatLongDate } from '@/lib/dates/format';
import { BRAND, MATURITY_FILL, MUTED, RULE, s } from './pdf-theme';

// The trust board report: where the trust's schools stand against the DfE standards, how that has
// moved, what most schools lack, who needs attention and what the trust provides centrally. The
// same fonts and styles as the school strategy (pdf-theme.ts); rendered by a background job.

const score = (value: number | null) => (value === null ? '—' : `${value}%`);
const changeText = (change: number | null) => (change === null ? '—' : change === 0 ? 'No change' : change > 0 ? `Up ${change}` : `Down ${-change}`);

function Chrome({ content }: { content: BoardReportContent }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>{content.trust.name}</Text>
        <Text>Board report on digital and technology standards</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>Made {formatLongDate(new Date(content.generatedAt))}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

// One bar per standard, split by how many schools are at each level: the heat map at a glance.
function LevelBar({ levels, notAssessed, total }: BoardReportContent['standards'][number] & { total: number }) {
  const width = 180;
  let x = 0;
  const parts = [...REPORT_LEVELS.map((level) => ({ fill: MATURITY_FILL[level], count: levels[level] })), { fill: '#e2e8f0', count: notAssessed }];
  return (
    <Svg width={width} height={10} viewBox={`0 0 ${width} 10`}>
      {parts.map((part, i) => {
        const w = total === 0 ? 0 : (part.count / total) * width;
        const rect = <Rect key={i} x={x} y={0} width={w} height={10} fill={part.fill} />;
        x += w;
        return rect;
      })}
    </Svg>
  );
}

function Table({ head, widths, rows }: { head: string[]; widths: string[]; rows: Array<Array<string | number>> }) {
  return (
    <View style={s.table}>
      <View style={s.headRow} fixed>
        {head.map((label, i) => (
          <Text key={label} style={[s.cell, { width: widths[i]! }]}>
            {label}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={s.row} wrap={false}>
          {row.map((value, i) => (
            <Text key={i} style={[s.cell, { width: widths[i]! }]}>
              {String(value)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function BoardReportDocument({ content }: { content: BoardReportContent }) {
  const made = formatLongDate(new Date(content.generatedAt));
  const latest = content.trends.at(-1);
  const before = content.trends.at(-2);
  return (
    <Document
      title={`${content.trust.name}: board report on digital and technology standards`}
      subject={`Where the schools of ${content.trust.name} stand against the DfE digital and technology standards`}
      keywords="digital strategy, DfE digital and technology standards, trust board"
      creator="Waypoint"
      producer="Waypoint"
      language="en-GB"
      pageMode="useOutlines"
    >
      <Page size="A4" style={[s.page, { paddingTop: 0, paddingHorizontal: 0 }]} bookmark="Cover">
        <View style={{ backgroundColor: BRAND, color: '#ffffff', paddingHorizontal: 48, paddingTop: 140, paddingBottom: 48 }}>
          <Text style={{ fontSize: 30, fontWeight: 700, lineHeight: 1.15 }}>{content.trust.name}</Text>
          <Text style={{ fontSize: 18, marginTop: 14 }}>Board report: digital and technology standards</Text>
        </View>
        <View style={{ paddingHorizontal: 48, paddingTop: 28, fontSize: 11 }}>
          <Text>Made {made}, from each school’s latest completed self-assessment.</Text>
          <View style={[s.keyFacts, { marginTop: 24 }]}>
            <View style={s.fact}>
              <Text style={s.factLabel}>Schools</Text>
              <Text style={s.factValue}>{content.schools}</Text>
            </View>
            <View style={s.fact}>
              <Text style={s.factLabel}>Self-assessed</Text>
              <Text style={s.factValue}>{content.assessedSchools}</Text>
            </View>
            <View style={s.fact}>
              <Text style={s.factLabel}>Trust average</Text>
              <Text style={s.factValue}>{score(content.overall.score)}</Text>
            </View>
            <View style={s.fact}>
              <Text style={s.factLabel}>Need attention</Text>
              <Text style={s.factValue}>{content.attention.length}</Text>
            </View>
          </View>
        </View>
      </Page>

      <Page size="A4" style={s.page} bookmark="Where the schools stand">
        <Chrome content={content} />
        <Text style={[s.h1, { marginTop: 0 }]}>Where the schools stand</Text>
        <Text style={s.para}>
          Each standard with the trust average and how many schools are at each level. Core standards (marked *) are the ones DfE expects every school to meet
          by 2030.
        </Text>
        <View style={{ flexDirection: 'row', gap: 10, marginBottom: 6, fontSize: 8.5 }}>
          {REPORT_LEVELS.map((level) => (
            <View key={level} style={{ flexDirection: 'row', alignItems: 'center', gap: 3 }}>
              <View style={{ width: 8, height: 8, backgroundColor: MATURITY_FILL[level] }} />
              <Text>{MATURITY_LABEL[level]}</Text>
            </View>
          ))}
          <View style={{ flexDirection: 'row', alignItems: 'center', gap: 3 }}>
            <View style={{ width: 8, height: 8, backgroundColor: '#e2e8f0' }} />
            <Text>Not assessed</Text>
          </View>
        </View>
        <View style={s.table}>
          <View style={s.headRow} fixed>
            <Text style={[s.cell, { width: '34%' }]}>Standard</Text>
            <Text style={[s.cell, { width: '12%' }]}>Average</Text>
            <Text style={[s.cell, { width: '38%' }]}>Schools by level</Text>
            <Text style={[s.cell, { width: '16%' }]}>Meeting it</Text>
          </View>
          {content.standards.map((standard) => (
            <View key={standard.slug} style={s.row} wrap={false}>
              <Text style={[s.cell, { width: '34%' }]}>
                {standard.title}
                {standard.core ? ' *' : ''}
              </Text>
              <Text style={[s.cell, { width: '12%' }]}>{score(standard.average.score)}</Text>
              <View style={[s.cell, { width: '38%', justifyContent: 'center' }]}>
                <LevelBar {...standard} total={content.schools} />
              </View>
              <Text style={[s.cell, { width: '16%' }]}>{`${standard.levels.MEETS_STANDARD} of ${content.schools}`}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h1} minPresenceAhead={120}>
          Progress over cycles
        </Text>
        {content.trends.length === 0 ? (
          <Text style={[s.para, s.muted]}>No school has completed a cycle yet.</Text>
        ) : (
          <>
            <Text style={s.para}>
              {latest && before && latest.overall.score !== null && before.overall.score !== null
                ? `The trust average moved from ${before.overall.score}% in ${before.cycleLabel} to ${latest.overall.score}% in ${latest.cycleLabel}.`
                : 'Trust average per academic year, with the number of schools averaged.'}
            </Text>
            <Table
              head={['Standard', ...content.trends.map((t) => t.cycleLabel)]}
              widths={['40%', ...content.trends.map(() => `${60 / content.trends.length}%`)]}
              rows={[
                ['Overall', ...content.trends.map((t) => `${score(t.overall.score)} (${t.overall.schools})`)],
                ...content.standards.map((standard) => [
                  standard.title,
                  ...content.trends.map((t) => {
                    const average = t.standards[standard.slug];
                    return average ? `${score(average.score)} (${average.schools})` : '—';
                  }),
                ]),
              ]}
            />
          </>
        )}
      </Page>

      <Page size="A4" style={s.page} bookmark="Common gaps and schools needing attention">
        <Chrome content={content} />
        <Text style={[s.h1, { marginTop: 0 }]}>Common gaps</Text>
        <Text style={s.para}>Requirements short of met in the most schools: where trust-wide buying, training and support go furthest.</Text>
        {content.gaps.length === 0 ? (
          <Text style={[s.para, s.muted]}>No completed assessment has a requirement short of met.</Text>
        ) : (
          <View style={s.table}>
            <View style={s.headRow} fixed>
              <Text style={[s.cell, { width: '40%' }]}>Requirement</Text>
              <Text style={[s.cell, { width: '16%' }]}>Schools</Text>
              <Text style={[s.cell, { width: '44%' }]}>Which schools</Text>
            </View>
            {content.gaps.map((gap) => (
              <View key={gap.code} style={s.row} wrap={false}>
                <View style={[s.cell, { width: '40%' }]}>
                  <Text>
                    {gap.title}
                    {gap.expectation === 'MUST' ? ' (DfE: must)' : ''}
                  </Text>
                  <Text style={{ color: MUTED, fontSize: 8 }}>{gap.standardTitle}</Text>
                </View>
                <Text style={[s.cell, { width: '16%' }]}>{`${gap.schools} of ${content.assessedSchools} (${gap.share}%)`}</Text>
                <Text style={[s.cell, { width: '44%', fontSize: 8 }]}>{gap.names.join(', ')}</Text>
              </View>
            ))}
          </View>
        )}

        <Text style={s.h1} minPresenceAhead={120}>
          Schools needing attention
        </Text>
        {content.attention.length === 0 ? (
          <Text style={[s.para, s.muted]}>Every school has a recent self-assessment, no overdue actions and a strategy within its review date.</Text>
        ) : (
          <Table head={['School', 'Why']} widths={['40%', '60%']} rows={content.attention.map((school) => [school.name, school.reasons.join('; ')])} />
        )}

        <Text style={s.h1} minPresenceAhead={120}>
          Provided by the trust
        </Text>
        {content.coverage.length === 0 ? (
          <Text style={[s.para, s.muted]}>The trust has not declared any central services: each school answers every requirement itself.</Text>
        ) : (
          <Table
            head={['Standard', 'What the trust provides', 'For']}
            widths={['40%', '35%', '25%']}
            rows={content.coverage.map((cover) => [
              cover.title,
              cover.mode === 'standard' ? 'The whole standard' : `${cover.requirements} of ${cover.of} requirements`,
              cover.schools === 'all' ? 'Every school' : `${cover.schools} ${cover.schools === 1 ? 'school' : 'schools'}`,
            ])}
          />
        )}
      </Page>

      <Page size="A4" style={s.page} bookmark="Every school">
        <Chrome content={content} />
        <Text style={[s.h1, { marginTop: 0 }]}>Every school</Text>
        <Table
          head={['School', 'Overall', 'Level', 'Change', 'Overdue', 'Self-assessment']}
          widths={['32%', '10%', '16%', '12%', '10%', '20%']}
          rows={content.rows.map((row) => [
            row.name,
            score(row.overall),
            row.maturity ? MATURITY_LABEL[row.maturity] : '—',
            changeText(row.change),
            row.overdueActions,
            row.status,
          ])}
        />
        <Text style={[s.para, s.muted, { marginTop: 10, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 6 }]}>
          Scores are out of 100 against the DfE digital and technology standards, from each school’s latest completed self-assessment in Waypoint.
        </Text>
      </Page>
    </Document>
  );
}
