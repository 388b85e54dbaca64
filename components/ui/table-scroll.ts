// The box every wide table scrolls inside on a narrow screen. `relative` keeps the table's
// screen-reader-only text (absolutely positioned) inside the box: without it that text escaped
// and the whole page scrolled sideways (WCAG 1.4.10 reflow), as the heat map and People did.
export const TABLE_SCROLL = 'relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm';
