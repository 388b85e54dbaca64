import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { BoardReportContent } from '@/lib/board-report/report-content';
import { BoardReportDocument } from './board-report-document';

export async function renderBoardReportPdf(content: BoardReportContent): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await renderToBuffer(createElement(BoardReportDocument, { content }) as Parameters<typeof renderToBuffer>[0]);
  return new Uint8Array(buffer);
}
