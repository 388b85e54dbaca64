import { Document, G, Line, Page, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { PLAN_ITEM_STATUS_LABEL, formatPence } from '@/lib/plan/plan-item-options';
import { MATURITY_LABEL } from '@/lib/assessment/scoring';
import { formatDate, formatLongDate, parseIsoDate } from '@/lib/dates/format';
import { PHASE_LABEL, type SchoolPhase } from '@/lib/schools/school-options';
import type { StrategyContent } from '@/lib/strategy/content';
import { REVIEW_CYCLE_LABEL, STRATEGY_SECTION_TITLES } from '@/lib/strategy/schemas';
import { BRAND, FAMILY, INK, MATURITY_FILL, MUTED, RULE, s } from './pdf-theme';

// publishedAt is a moment (ISO timestamp), shown as its London day like the strategy page shows it;
// review, completion and due dates are calendar dates ('YYYY-MM-DD').
const publishedOn = (content: StrategyContent) => formatLongDate(new Date(content.publishedAt));
const longDay = (isoDate: string) => formatLongDate(parseIsoDate(isoDate));
const shortDay = (isoDate: string) => formatDate(parseIsoDate(isoDate));

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const parts = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return <Text style={[s.para, s.muted]}>{empty}</Text>;
  return (
    <>
      {parts.map((part, i) => (
        <Text key={i} style={s.para}>
          {part}
        </Text>
      ))}
    </>
  );
}

function Chrome({ content }: { content: StrategyContent }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>{content.school.name}</Text>
        <Text>Digital strategy · version {content.number}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>Published {publishedOn(content)}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

function ScoreChart({ standards }: { standards: NonNullable<StrategyContent['position']>['standards'] }) {
  const width = 499;
  const rowHeight = 17;
  const labelWidth = 170;
  const barMax = width - labelWidth - 40;
  const height = standards.length * rowHeight + 18;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {[0, 25, 50, 75, 100].map((tick) => {
        const x = labelWidth + (tick / 100) * barMax;
        return (
          <G key={tick}>
            <Line x1={x} y1={0} x2={x} y2={height - 14} stroke="#e2e8f0" strokeWidth={0.75} />
            <Text x={x} y={height - 3} textAnchor="middle" style={{ fontSize: 7, fontFamily: FAMILY }} fill={MUTED}>
              {`${tick}`}
            </Text>
          </G>
        );
      })}
      {standards.map((standard, i) => {
        const y = i * rowHeight;
        const score = standard.score ?? 0;
        return (
          <G key={standard.slug}>
            <Text x={labelWidth - 6} y={y + 11} textAnchor="end" style={{ fontSize: 8, fontFamily: FAMILY }} fill={INK}>
              {standard.title}
            </Text>
            <Rect x={labelWidth} y={y + 3} width={Math.max(1, (score / 100) * barMax)} height={rowHeight - 6} fill={MATURITY_FILL[standard.maturity]} />
            <Text x={labelWidth + (score / 100) * barMax + 4} y={y + 11} style={{ fontSize: 8, fontFamily: FAMILY }} fill={INK}>
              {standard.score === null ? 'n/a' : `${standard.score}%`}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

// A strip of school terms with how many actions fall due in each: the plan's shape at a glance.
function Timeline({ groups }: { groups: StrategyContent['actionGroups'] }) {
  const dated = groups.filter((g) => g.label !== 'No date set');
  if (dated.length === 0) return null;
  const width = 499;
  const slot = width / dated.length;
  const most = Math.max(...dated.map((g) => g.actions.length));
  return (
    <Svg width={width} height={62} viewBox={`0 0 ${width} 62`}>
      <Line x1={0} y1={30} x2={width} y2={30} stroke={RULE} strokeWidth={2} />
      {dated.map((group, i) => {
        const cx = slot * i + slot / 2;
        const r = 4 + (8 * group.actions.length) / most;
        return (
          <G key={group.label}>
            <Rect x={cx - r} y={30 - r} width={r * 2} height={r * 2} rx={r} ry={r} fill={BRAND} />
            <Text x={cx} y={12} textAnchor="middle" style={{ fontSize: 7.5, fontFamily: FAMILY }} fill={INK}>
              {group.label.replace(' term', '')}
            </Text>
            <Text x={cx} y={56} textAnchor="middle" style={{ fontSize: 7.5, fontFamily: FAMILY }} fill={MUTED}>
              {`${group.actions.length} ${group.actions.length === 1 ? 'action' : 'actions'}`}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

// Roadmap decisions per school term, to 2031: overdue first, in red. Drawn from the version's
// frozen roadmap summary, so the PDF of a version never changes.
function RoadmapChart({ roadmap }: { roadmap: NonNullable<StrategyContent['roadmap']> }) {
  const columns = [{ label: 'Overdue', count: roadmap.overdue, overdue: true }, ...roadmap.terms.map((t) => ({ ...t, overdue: false }))];
  const width = 499;
  const slot = width / columns.length;
  const top = 12;
  const chart = 70;
  const most = Math.max(1, ...columns.map((c) => c.count));
  return (
    <Svg width={width} height={chart + 40} viewBox={`0 0 ${width} ${chart + 40}`}>
      <Line x1={0} y1={top + chart} x2={width} y2={top + chart} stroke={RULE} strokeWidth={1} />
      {columns.map((column, i) => {
        const h = (column.count / most) * chart;
        const x = slot * i + slot * 0.15;
        return (
          <G key={column.label}>
            <Rect x={x} y={top + chart - h} width={slot * 0.7} height={h} fill={column.overdue ? '#b10e1e' : BRAND} />
            {column.count ? (
              <Text x={x + slot * 0.35} y={top + chart - h - 2} textAnchor="middle" style={{ fontSize: 6.5, fontFamily: FAMILY }} fill={INK}>
                {`${column.count}`}
              </Text>
            ) : null}
            <Text x={x + slot * 0.35} y={top + chart + 10} textAnchor="middle" style={{ fontSize: 5.5, fontFamily: FAMILY }} fill={MUTED}>
              {column.label
                .replace('Autumn ', 'Aut ')
                .replace('Spring ', 'Spr ')
                .replace('Summer ', 'Sum ')
                .replace(/ 20(\d\d)$/, ' ’$1')}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

const bandText = (b: NonNullable<StrategyContent['roadmap']>['years'][number]['bands']) =>
  [b.LOW ? `${b.LOW} under £1k` : '', b.MEDIUM ? `${b.MEDIUM} £1k–£10k` : '', b.HIGH ? `${b.HIGH} over £10k` : ''].filter(Boolean).join(', ') || '—';

function RoadmapSection({ roadmap }: { roadmap: NonNullable<StrategyContent['roadmap']> }) {
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={100}>
        Roadmap: decisions each term
      </Text>
      <Text style={s.muted}>
        {`${roadmap.total} entries from the self-assessment and the registers: ${roadmap.overdue} overdue, ${roadmap.undated} waiting for a date. Contracts are decided by their notice date, kit before its support ends, and the core standards by 2030.`}
      </Text>
      <RoadmapChart roadmap={roadmap} />
      <Text style={s.h2} minPresenceAhead={100}>
        Budget by financial year
      </Text>
      <View style={[s.table, { marginBottom: 10 }]}>
        <View style={s.headRow}>
          <Text style={[s.cell, { width: '20%' }]}>Financial year</Text>
          <Text style={[s.cell, { width: '22%', textAlign: 'right' }]}>One-off</Text>
          <Text style={[s.cell, { width: '22%', textAlign: 'right' }]}>Contracts a year</Text>
          <Text style={[s.cell, { width: '36%' }]}>Not yet costed</Text>
        </View>
        {roadmap.years.map((year) => (
          <View key={year.label} style={s.row} wrap={false}>
            <Text style={[s.cell, { width: '20%' }]}>{year.label}</Text>
            <Text style={[s.cell, { width: '22%', textAlign: 'right' }]}>{formatPence(year.oneOffPence)}</Text>
            <Text style={[s.cell, { width: '22%', textAlign: 'right' }]}>{formatPence(year.recurringPence)}</Text>
            <Text style={[s.cell, { width: '36%' }]}>{bandText(year.bands)}</Text>
          </View>
        ))}
      </View>
      {roadmap.entries.length ? (
        <>
          <Text style={s.h2} minPresenceAhead={100}>
            Next on the roadmap
          </Text>
          <View style={[s.table, { marginBottom: 10 }]}>
            <View style={s.headRow}>
              <Text style={[s.cell, { width: '52%' }]}>What to do</Text>
              <Text style={[s.cell, { width: '16%' }]}>Decide by</Text>
              <Text style={[s.cell, { width: '16%' }]}>Latest</Text>
              <Text style={[s.cell, { width: '16%', textAlign: 'right' }]}>Cost</Text>
            </View>
            {roadmap.entries.map((entry, i) => (
              <View key={i} style={s.row} wrap={false}>
                <Text
                  style={[s.cell, { width: '52%' }, entry.overdue ? { color: '#b10e1e' } : {}]}
                >{`${entry.title}${entry.overdue ? ' (overdue)' : ''}`}</Text>
                <Text style={[s.cell, { width: '16%' }]}>{entry.decideOn ? shortDay(entry.decideOn) : '—'}</Text>
                <Text style={[s.cell, { width: '16%' }]}>{entry.latestOn ? shortDay(entry.latestOn) : '—'}</Text>
                <Text style={[s.cell, { width: '16%', textAlign: 'right' }]}>{entry.costText}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}

// The AI tool register as published: failing tools first, each with what it fails.
function AiToolsSection({ tools }: { tools: NonNullable<StrategyContent['aiTools']> }) {
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={100}>
        AI tools we use
      </Text>
      <Text style={s.muted}>
        Each tool in the school’s AI register, checked against the DfE’s generative AI product safety standards; a tool fails on any standard it does not meet,
        or when personal data goes in without a data protection impact assessment.
      </Text>
      <View style={[s.table, { marginBottom: 10 }]}>
        <View style={s.headRow}>
          <Text style={[s.cell, { width: '24%' }]}>Tool</Text>
          <Text style={[s.cell, { width: '26%' }]}>Who uses it, for what</Text>
          <Text style={[s.cell, { width: '12%' }]}>Approved</Text>
          <Text style={[s.cell, { width: '38%' }]}>Safety checks</Text>
        </View>
        {tools.map((tool, i) => (
          <View key={i} style={s.row} wrap={false}>
            <Text style={[s.cell, { width: '24%' }]}>{tool.supplier ? `${tool.name} (${tool.supplier})` : tool.name}</Text>
            <Text style={[s.cell, { width: '26%' }]}>{tool.uses.length ? `${tool.who}: ${tool.uses.join(', ').toLowerCase()}` : tool.who}</Text>
            <Text style={[s.cell, { width: '12%' }]}>{tool.approved ? 'Yes' : 'No'}</Text>
            <Text style={[s.cell, { width: '38%' }, tool.status === 'fails' ? { color: '#b10e1e' } : {}]}>{tool.standing}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

const STATUS_TEXT = { NOT_MET: 'Not met', NOT_SURE: 'Not sure', PARTLY_MET: 'Partly met' } as const;

// Section 2 shows the top gaps; the full list is the appendix, so the plan is not buried under it.
export const TOP_GAPS_IN_SUMMARY = 10;
export const APPENDIX_TITLE = 'Appendix: every requirement not yet met';

/**
 * `pages` gives each section's first page for the contents list (from an earlier render, see
 * lib/pdf/render-strategy.ts); `onSectionPage` hears where each section lands while rendering.
 */
// Purpose leads: the learning goals, what success looks like, how the school will know, and the
// actions and purchases that serve each, as they stood when the version was published.
function PurposeSection({ purpose }: { purpose: NonNullable<StrategyContent['purpose']> }) {
  const { shares } = purpose;
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={80}>
        Our learning goals
      </Text>
      {purpose.goals.map((goal, i) => (
        <View key={goal.title} style={{ marginBottom: 8 }} wrap={false}>
          <Text style={{ fontWeight: 700 }}>
            {i + 1}. {goal.title}
          </Text>
          <Text>Success looks like: {goal.success}</Text>
          <Text>How we will know: {goal.measure}</Text>
          <Text style={s.muted}>{goal.serves.length ? `What serves it: ${goal.serves.join('; ')}.` : 'Nothing in the plan serves it yet.'}</Text>
        </View>
      ))}
      {purpose.review ? (
        <View style={{ marginBottom: 8 }}>
          <Text style={{ fontWeight: 700, marginTop: 6, marginBottom: 2 }} minPresenceAhead={40}>
            {`What our ${purpose.review.cycleLabel} review found`}
          </Text>
          {purpose.review.lines.map((line) => (
            <Text key={line}>• {line}</Text>
          ))}
          {purpose.review.followUps.length ? <Text style={s.muted}>{`This cycle we pick up: ${purpose.review.followUps.join(' ')}`}</Text> : null}
        </View>
      ) : null}
      {shares.totalPence ? (
        <Text style={s.para}>
          {`Of ${formatPence(shares.totalPence)} of costed actions and purchases, ${shares.goals}% serves these goals and ${shares.foundation}% lays foundations (safeguarding, leadership and the network) that they all rest on${shares.unlinked ? `; ${shares.unlinked}% does not yet say what it serves` : ''}.`}
        </Text>
      ) : null}
    </View>
  );
}

export function StrategyDocument({
  content,
  pages,
  onSectionPage,
}: {
  content: StrategyContent;
  pages?: Record<string, number>;
  onSectionPage?: (section: string, page: number) => void;
}) {
  const { sections, position } = content;
  // Open actions due before the version was published were overdue when it was: say so.
  const publishedDay = content.publishedAt.slice(0, 10);
  const overdue = (action: { dueOn: string | null; status: string }) =>
    action.dueOn !== null && action.dueOn < publishedDay && (action.status === 'PLANNED' || action.status === 'IN_PROGRESS');
  const mark = (section: string) => (onSectionPage ? <Text render={({ pageNumber }) => (onSectionPage(section, pageNumber), '')} /> : null);
  const contents = [
    ...STRATEGY_SECTION_TITLES.map((sectionTitle, i) => ({ key: String(i + 1), label: `${i + 1}. ${sectionTitle}` })),
    ...(content.gaps.length > TOP_GAPS_IN_SUMMARY ? [{ key: 'appendix', label: APPENDIX_TITLE }] : []),
  ];
  const title = `${content.school.name}: digital strategy, version ${content.number}`;
  return (
    <Document
      title={title}
      author={content.publishedByName}
      subject={`Digital strategy of ${content.school.name}${content.trustName ? `, ${content.trustName}` : ''}`}
      keywords="digital strategy, DfE digital and technology standards"
      creator="Waypoint"
      producer="Waypoint"
      language="en-GB"
      pageMode="useOutlines"
    >
      <Page size="A4" style={[s.page, { paddingTop: 0, paddingHorizontal: 0 }]} bookmark="Cover">
        <View style={{ backgroundColor: BRAND, color: '#ffffff', paddingHorizontal: 48, paddingTop: 140, paddingBottom: 48 }}>
          {content.trustName ? <Text style={{ fontSize: 11, marginBottom: 6 }}>{content.trustName}</Text> : null}
          <Text style={{ fontSize: 30, fontWeight: 700, lineHeight: 1.15 }}>{content.school.name}</Text>
          <Text style={{ fontSize: 18, marginTop: 14 }}>Digital strategy</Text>
        </View>
        <View style={{ paddingHorizontal: 48, paddingTop: 28, fontSize: 11 }}>
          <Text>Version {content.number}</Text>
          <Text>
            Published {publishedOn(content)} by {content.publishedByName}
          </Text>
          {sections.reviewDate ? <Text>Next review by {longDay(sections.reviewDate)}</Text> : null}
          <Text style={[s.muted, { marginTop: 18 }]}>
            URN {content.school.urn} · {PHASE_LABEL[content.school.phase as SchoolPhase] ?? content.school.phase} · {content.school.localAuthority}
          </Text>
          <View style={{ marginTop: 36 }}>
            <Text style={{ fontSize: 13, fontWeight: 700, marginBottom: 6 }}>Contents</Text>
            {contents.map((entry) => (
              <View key={entry.key} style={{ flexDirection: 'row', justifyContent: 'space-between', maxWidth: 360 }}>
                <Text>{entry.label}</Text>
                <Text>{pages?.[entry.key] ? `page ${pages[entry.key]}` : ''}</Text>
              </View>
            ))}
          </View>
        </View>
      </Page>

      <Page size="A4" style={s.page} bookmark={`1. ${STRATEGY_SECTION_TITLES[0]}`} experimentalPagination>
        <Chrome content={content} />
        <Text style={[s.h1, { marginTop: 0 }]}>1. {STRATEGY_SECTION_TITLES[0]}</Text>
        {mark('1')}
        <Paragraphs text={sections.vision} empty="Not written yet." />
        {content.purpose ? <PurposeSection purpose={content.purpose} /> : null}

        <Text style={s.h1} minPresenceAhead={120}>
          2. {STRATEGY_SECTION_TITLES[1]}
        </Text>
        {mark('2')}
        {position ? (
          <>
            <View style={s.keyFacts}>
              <View style={s.fact}>
                <Text style={s.factLabel}>Overall score ({position.cycleLabel})</Text>
                <Text style={s.factValue}>{position.overall.score === null ? '—' : `${position.overall.score}%`}</Text>
              </View>
              <View style={s.fact}>
                <Text style={s.factLabel}>Maturity</Text>
                <Text style={s.factValue}>{MATURITY_LABEL[position.overall.maturity]}</Text>
              </View>
              <View style={s.fact}>
                <Text style={s.factLabel}>Requirements not yet met</Text>
                <Text style={s.factValue}>{content.gaps.length}</Text>
              </View>
            </View>
            <Text style={[s.para, s.muted]}>
              From the self-assessment completed on {longDay(position.completedOn)} against the DfE digital and technology standards. Scores are out of 100.
            </Text>
            <ScoreChart standards={position.standards} />
            <View style={s.table}>
              <View style={s.headRow} fixed>
                <Text style={[s.cell, { width: '52%' }]}>Standard</Text>
                <Text style={[s.cell, { width: '16%', textAlign: 'right' }]}>Score</Text>
                <Text style={[s.cell, { width: '32%' }]}>Maturity</Text>
              </View>
              {position.standards.map((standard) => (
                <View key={standard.slug} style={s.row} wrap={false}>
                  <Text style={[s.cell, { width: '52%' }]}>
                    {standard.title}
                    {standard.core ? ' (core)' : ''}
                  </Text>
                  <Text style={[s.cell, { width: '16%', textAlign: 'right' }]}>{standard.score === null ? '—' : `${standard.score}%`}</Text>
                  <Text style={[s.cell, { width: '32%' }]}>{MATURITY_LABEL[standard.maturity]}</Text>
                </View>
              ))}
            </View>
          </>
        ) : (
          <Text style={[s.para, s.muted]}>The school has not completed a self-assessment yet.</Text>
        )}
        {sections.positionCommentary ? (
          <>
            <Text style={s.h2}>What this tells us</Text>
            <Paragraphs text={sections.positionCommentary} empty="" />
          </>
        ) : null}
        {content.gaps.length > 0 ? (
          <>
            <Text style={s.h2}>
              {content.gaps.length > TOP_GAPS_IN_SUMMARY
                ? `The ${TOP_GAPS_IN_SUMMARY} highest priorities of the ${content.gaps.length} requirements not yet met`
                : 'Requirements not yet met, in priority order'}
            </Text>
            <GapTable gaps={content.gaps.slice(0, TOP_GAPS_IN_SUMMARY)} />
            {content.gaps.length > TOP_GAPS_IN_SUMMARY ? <Text style={[s.para, s.muted]}>The full list, in priority order, is in the appendix.</Text> : null}
          </>
        ) : null}

        <Text style={s.h1} minPresenceAhead={120}>
          3. {STRATEGY_SECTION_TITLES[2]}
        </Text>
        {mark('3')}
        {sections.priorities.length === 0 ? (
          <Text style={[s.para, s.muted]}>No priorities listed.</Text>
        ) : (
          sections.priorities.map((priority, i) => (
            <View key={i} style={{ flexDirection: 'row', marginBottom: 5 }} wrap={false}>
              <Text style={{ width: 22, fontWeight: 700, color: BRAND }}>{i + 1}.</Text>
              <Text style={{ flex: 1 }}>{priority}</Text>
            </View>
          ))
        )}

        <Text style={s.h1} minPresenceAhead={120}>
          4. {STRATEGY_SECTION_TITLES[3]}
        </Text>
        {mark('4')}
        {sections.actionCommentary ? <Paragraphs text={sections.actionCommentary} empty="" /> : null}
        {content.actionGroups.length === 0 ? (
          <Text style={[s.para, s.muted]}>No actions are planned yet.</Text>
        ) : (
          <>
            <Timeline groups={content.actionGroups} />
            {content.actionGroups.map((group) => (
              <View key={group.label} style={{ marginTop: 8 }}>
                <Text style={{ fontWeight: 700, marginBottom: 2 }} minPresenceAhead={40}>
                  {group.label}
                </Text>
                <View style={s.table}>
                  <View style={s.headRow}>
                    <Text style={[s.cell, { width: '42%' }]}>Action</Text>
                    <Text style={[s.cell, { width: '20%' }]}>Owner</Text>
                    <Text style={[s.cell, { width: '14%' }]}>Due</Text>
                    <Text style={[s.cell, { width: '12%', textAlign: 'right' }]}>Cost</Text>
                    <Text style={[s.cell, { width: '12%' }]}>Status</Text>
                  </View>
                  {group.actions.map((action, i) => (
                    <View key={i} style={s.row} wrap={false}>
                      <Text style={[s.cell, { width: '42%' }]}>{action.title}</Text>
                      <Text style={[s.cell, { width: '20%' }]}>{action.ownerName ?? '—'}</Text>
                      <Text style={[s.cell, { width: '14%' }]}>{action.dueOn ? shortDay(action.dueOn) : '—'}</Text>
                      <Text style={[s.cell, { width: '12%', textAlign: 'right' }]}>{formatPence(action.estimatedCostPence)}</Text>
                      <Text style={[s.cell, { width: '12%' }, overdue(action) ? { color: '#b10e1e', fontWeight: 700 } : {}]}>
                        {overdue(action) ? 'Overdue' : PLAN_ITEM_STATUS_LABEL[action.status]}
                      </Text>
                    </View>
                  ))}
                </View>
              </View>
            ))}
          </>
        )}

        <Text style={s.h1} minPresenceAhead={120}>
          5. {STRATEGY_SECTION_TITLES[4]}
        </Text>
        {mark('5')}
        <View style={s.keyFacts}>
          <View style={s.fact}>
            <Text style={s.factLabel}>Estimated cost of the plan</Text>
            <Text style={s.factValue}>{formatPence(content.budget.totalPence)}</Text>
          </View>
          <View style={s.fact}>
            <Text style={s.factLabel}>Actions without a cost estimate</Text>
            <Text style={s.factValue}>{content.budget.uncosted}</Text>
          </View>
        </View>
        {content.budget.byGroup.length > 0 ? (
          <View style={[s.table, { marginBottom: 10 }]}>
            <View style={s.headRow}>
              <Text style={[s.cell, { width: '60%' }]}>When</Text>
              <Text style={[s.cell, { width: '40%', textAlign: 'right' }]}>Estimated cost</Text>
            </View>
            {content.budget.byGroup.map((group) => (
              <View key={group.label} style={s.row} wrap={false}>
                <Text style={[s.cell, { width: '60%' }]}>{group.label}</Text>
                <Text style={[s.cell, { width: '40%', textAlign: 'right' }]}>{formatPence(group.pence)}</Text>
              </View>
            ))}
          </View>
        ) : null}
        {content.roadmap ? <RoadmapSection roadmap={content.roadmap} /> : null}
        <Paragraphs text={sections.budget} empty="" />

        <Text style={s.h1} minPresenceAhead={120}>
          6. {STRATEGY_SECTION_TITLES[5]}
        </Text>
        {mark('6')}
        <Paragraphs text={sections.aiStance} empty="Not written yet." />
        {content.aiTools?.length ? <AiToolsSection tools={content.aiTools} /> : null}

        <Text style={s.h1} minPresenceAhead={120}>
          7. {STRATEGY_SECTION_TITLES[6]}
        </Text>
        {mark('7')}
        <Text style={s.para}>
          <Text style={{ fontWeight: 700 }}>Digital lead: </Text>
          {sections.digitalLead || 'not named'}
        </Text>
        <Text style={s.para}>
          <Text style={{ fontWeight: 700 }}>Governor with oversight: </Text>
          {sections.oversightGovernor || 'not named'}
        </Text>
        <Paragraphs text={sections.rolesNotes} empty="" />

        <Text style={s.h1} minPresenceAhead={80}>
          8. {STRATEGY_SECTION_TITLES[7]}
        </Text>
        {mark('8')}
        <Text style={s.para}>
          This strategy is reviewed {REVIEW_CYCLE_LABEL[sections.reviewCycle].toLowerCase()}
          {sections.reviewDate ? `; the next review is due by ${longDay(sections.reviewDate)}` : ''}. Each review starts from a fresh self-assessment: assess,
          prioritise, act, review.
        </Text>
      </Page>

      {content.gaps.length > TOP_GAPS_IN_SUMMARY ? (
        <Page size="A4" style={s.page} bookmark={APPENDIX_TITLE}>
          <Chrome content={content} />
          <Text style={[s.h1, { marginTop: 0 }]}>{APPENDIX_TITLE}</Text>
          {mark('appendix')}
          <Text style={[s.para, s.muted]}>In priority order: foundations first, then what DfE says schools must do, then the nearest deadline.</Text>
          <GapTable gaps={content.gaps} />
        </Page>
      ) : null}
    </Document>
  );
}

function GapTable({ gaps }: { gaps: StrategyContent['gaps'] }) {
  return (
    <View style={s.table}>
      <View style={s.headRow} fixed>
        <Text style={[s.cell, { width: '50%' }]}>Requirement</Text>
        <Text style={[s.cell, { width: '30%' }]}>Standard</Text>
        <Text style={[s.cell, { width: '20%' }]}>Answer</Text>
      </View>
      {gaps.map((gap) => (
        <View key={gap.code} style={s.row} wrap={false}>
          <Text style={[s.cell, { width: '50%' }]}>
            {gap.title}
            {gap.expectation === 'MUST' ? ' (DfE: must)' : ''}
          </Text>
          <Text style={[s.cell, { width: '30%' }]}>{gap.standardTitle}</Text>
          <Text style={[s.cell, { width: '20%' }]}>{STATUS_TEXT[gap.status]}</Text>
        </View>
      ))}
    </View>
  );
}
