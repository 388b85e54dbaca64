import path from 'node:path';
import { Font, StyleSheet } from '@react-pdf/renderer';
import type { Maturity } from '@/lib/assessment/scoring';

// The look every Waypoint PDF shares (the school strategy, the trust board report): one font,
// one palette, one set of base styles.

// Fonts ship in the repo (Source Sans 3, SIL Open Font Licence): rendering never needs a network.
const FONT_DIR = path.join(process.cwd(), 'lib', 'pdf', 'fonts');
export const FAMILY = 'Source Sans 3';
Font.register({
  family: FAMILY,
  fonts: [
    { src: path.join(FONT_DIR, 'SourceSans3-Regular.ttf'), fontWeight: 400 },
    { src: path.join(FONT_DIR, 'SourceSans3-It.ttf'), fontWeight: 400, fontStyle: 'italic' },
    { src: path.join(FONT_DIR, 'SourceSans3-Bold.ttf'), fontWeight: 700 },
  ],
});
// Reports read better without words split across lines.
Font.registerHyphenationCallback((word) => [word]);

export const BRAND = '#0f4c45';
export const INK = '#1e293b';
export const MUTED = '#475569';
export const RULE = '#cbd5e1';

export const MATURITY_FILL: Record<Maturity, string> = {
  NOT_STARTED: '#cbd5e1',
  NOT_APPLICABLE: '#cbd5e1',
  EMERGING: '#b91c1c',
  DEVELOPING: '#d97706',
  ESTABLISHED: '#0369a1',
  MEETS_STANDARD: '#15803d',
};

export const s = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 10.5, lineHeight: 1.45, color: INK, paddingTop: 64, paddingBottom: 56, paddingHorizontal: 48 },
  header: {
    position: 'absolute',
    top: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8.5,
    color: MUTED,
    borderBottomWidth: 0.75,
    borderBottomColor: RULE,
    paddingBottom: 5,
  },
  footer: { position: 'absolute', top: 806, left: 48, right: 48, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8.5, color: MUTED },
  h1: { fontSize: 20, fontWeight: 700, color: BRAND, marginTop: 22, marginBottom: 10 },
  h2: { fontSize: 13, fontWeight: 700, color: INK, marginTop: 14, marginBottom: 6 },
  para: { marginBottom: 7 },
  muted: { color: MUTED },
  table: { borderTopWidth: 0.75, borderTopColor: RULE, marginTop: 4 },
  headRow: { flexDirection: 'row', backgroundColor: '#e2e8f0', fontWeight: 700, fontSize: 9 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, fontSize: 9 },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  keyFacts: { flexDirection: 'row', gap: 12, marginBottom: 12 },
  fact: { flexGrow: 1, flexBasis: 0, borderWidth: 0.75, borderColor: RULE, borderRadius: 3, padding: 8 },
  factLabel: { fontSize: 8.5, color: MUTED },
  factValue: { fontSize: 16, fontWeight: 700 },
});
