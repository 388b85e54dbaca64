import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { StrategyContent } from '@/lib/strategy/content';
import { StrategyDocument } from './strategy-document';

// Rendered twice: the first pass finds the page each section starts on, the second prints those
// numbers in the contents. The contents sit on the cover, so they cannot move the pages after it.
// (PDFs are rendered once per version, by a background job, so the second pass costs nobody a wait.)
export async function renderStrategyPdf(content: StrategyContent): Promise<Uint8Array<ArrayBuffer>> {
  const pages: Record<string, number> = {};
  const render = (props: Parameters<typeof StrategyDocument>[0]) =>
    renderToBuffer(createElement(StrategyDocument, props) as Parameters<typeof renderToBuffer>[0]);
  await render({ content, onSectionPage: (section, page) => (pages[section] ??= page) });
  const buffer = await render({ content, pages });
  return new Uint8Array(buffer);
}
