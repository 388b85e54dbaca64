import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { StrategyContent } from '@/lib/strategy/content';
import { StrategyDocument } from './strategy-document';

export async function renderStrategyPdf(content: StrategyContent): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await renderToBuffer(createElement(StrategyDocument, { content }) as Parameters<typeof renderToBuffer>[0]);
  return new Uint8Array(buffer);
}
