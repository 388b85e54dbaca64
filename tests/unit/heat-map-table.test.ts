import { describe, expect, it } from 'vitest';
import { heatMapTable } from '@/components/trust-overview/heat-map-table';
import { escapeHtml, html } from '@/components/ui/html';
import { buildSchoolRows, overallAverage, standardAverages, type SchoolCycle, type StandardColumn } from '@/lib/trust-overview/aggregate';
import { parseViewParams } from '@/lib/trust-overview/view-params';

const columns: StandardColumn[] = [
  { slug: 'cyber-security', title: 'Cyber security', core: true },
  { slug: 'cloud-solutions', title: 'Cloud solutions', core: false },
];

const cycle = (id: string, schoolId: string, status: 'COMPLETED' | 'DRAFT', cyber: number): SchoolCycle => ({
  id,
  schoolId,
  status,
  cycleLabel: '2025/26',
  startedAt: new Date('2025-10-01'),
  completedAt: status === 'COMPLETED' ? new Date('2026-06-01') : null,
  summary: {
    overall: { score: cyber, maturity: 'DEVELOPING', answered: 2, total: 2 },
    standards: [
      { slug: 'cyber-security', title: 'Cyber security', core: true, score: cyber, maturity: cyber >= 100 ? 'MEETS_STANDARD' : 'DEVELOPING' },
      { slug: 'cloud-solutions', title: 'Cloud solutions', core: false, score: null, maturity: 'NOT_APPLICABLE' },
    ],
    gaps: 1,
    mustGaps: 0,
  },
  catalogueVersion: '2026.11',
});

function table(includeDrafts = false) {
  const schools = [
    { id: 's1', name: 'St <Mary>’s "Primary" & Nursery', urn: '100001', phase: 'PRIMARY', localAuthority: 'Leeds' },
    { id: 's2', name: 'Oak Academy', urn: '100002', phase: 'SECONDARY', localAuthority: '<script>alert(1)</script>' },
  ];
  const cycles = [cycle('a1', 's1', 'COMPLETED', 45), cycle('d1', 's1', 'DRAFT', 100)];
  const rows = buildSchoolRows(schools, cycles, new Map([['s1', 3]]), { includeDrafts });
  const view = parseViewParams(includeDrafts ? { wip: '1' } : {});
  return heatMapTable({
    rows,
    columns,
    averages: standardAverages(rows, columns),
    overall: overallAverage(rows),
    view,
    basePath: '/trusts/t1/comparison',
    caption: 'Schools in A & B Trust',
    strategies: new Map([['s1', { number: 2, publishedAt: new Date('2026-01-01'), reviewDay: '2026-01-31' }]]),
    spends: new Map([['s2', { day: '2027-05-31', pence: 1_800_000, what: '40 laptops', overdue: false }]]),
    today: '2026-12-01',
  }).value;
}

describe('html', () => {
  it('escapes every interpolated value that is not markup already', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p>${'<b>'}${html`<i>${'&'}</i>`}${[1, null, false, undefined, 'x']}</p>`.value).toBe('<p>&lt;b&gt;<i>&amp;</i>1x</p>');
  });

  it('drops the source layout: line breaks between tags go, between words become a space', () => {
    const name = 'Oak';
    const laidOut = html`
      <ul>
        <li>${name}</li>
        <li>two words</li>
      </ul>
    `;
    expect(laidOut.value).toBe('<ul><li>Oak</li><li>two words</li></ul>');
  });
});

describe('the comparison heat map table', () => {
  it('never lets a school or authority name become markup', () => {
    const out = table();
    expect(out).toContain('St &lt;Mary&gt;’s &quot;Primary&quot; &amp; Nursery');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<script>');
    expect(out).toContain('Schools in A &amp; B Trust');
  });

  it('links each score to the school’s answers by URN and standard, relative to the comparison', () => {
    const out = table();
    expect(out).toContain('<td class=heat-2><a href=comparison/100001/cyber-security><b>45</b>L2</a></td>');
    // No completed cycle: a dot, said in words, and no link.
    const oak = out.slice(out.indexOf('Oak Academy'));
    expect(oak.slice(0, oak.indexOf('</tr>'))).toContain('No completed assessment');
    expect(oak.slice(0, oak.indexOf('</tr>'))).not.toContain('comparison/100002');
  });

  it('marks a draft’s scores in the row and in its links, so the link opens the draft', () => {
    const out = table(true);
    expect(out).toContain('<tr class=heat-draft>');
    expect(out).toContain('href=comparison/100001/cyber-security?d><b>100</b>L4');
    expect(out).toContain('Scores: draft');
    expect(table(false)).not.toContain('heat-draft');
  });

  it('shows sort state to assistive technology and overdue reviews and actions in words', () => {
    const out = table();
    expect(out).toContain('aria-sort=ascending');
    expect(out).toContain(', sorted ascending; select to reverse');
    expect(out).toContain('Review overdue (31 Jan 2026)');
    expect(out).toContain('<strong class=heat-down>3</strong>');
  });

  it('shows each school’s next big spend from the registers, or says there is none', () => {
    const out = table();
    expect(out).toContain('<th scope=col>Next big spend</th>');
    expect(out).toContain('£18,000<span class=heat-sub>40 laptops</span><span class=heat-sub>By 31 May 2027</span>');
    expect(out).toContain('None in the registers');
  });
});
