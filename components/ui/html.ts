// HTML built as a string, for the one place where React's own rendering is too slow: the trust
// comparison's heat map (docs/decisions/013-comparison-cache.md). Every interpolated value is
// escaped unless it is Html already, so text from the database can never become markup.

export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

// Prettier lays templates tagged `html` out as HTML, over several indented lines. That layout is
// for reading the source: line breaks and the indentation after them are dropped (between tags
// and at either end of a piece), or become one space (between words).
const layout = new WeakMap<TemplateStringsArray, string[]>();
function compact(strings: TemplateStringsArray): string[] {
  let pieces = layout.get(strings);
  if (!pieces) {
    pieces = strings.map((piece, i) =>
      piece
        .replace(/>\s*\n\s*/g, '>')
        .replace(/\s*\n\s*</g, '<')
        .replace(/^\s*\n\s*/, i === 0 ? '' : ' ')
        .replace(/\s*\n\s*$/, i === strings.length - 1 ? '' : ' ')
        .replace(/\s*\n\s*/g, ' '),
    );
    layout.set(strings, pieces);
  }
  return pieces;
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  const pieces = compact(strings);
  let out = pieces[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + pieces[i + 1]!;
  return new Html(out);
}
