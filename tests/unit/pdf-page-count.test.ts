import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '@/lib/pdf/page-count';

describe('pdf page count', () => {
  it('counts the pages @react-pdf/renderer writes, not the page tree', async () => {
    const pages = (n: number) =>
      createElement(
        Document,
        null,
        Array.from({ length: n }, (_, i) => createElement(Page, { key: i, size: 'A4' }, createElement(Text, null, `Page ${i + 1}`))),
      );
    expect(pdfPageCount(await renderToBuffer(pages(1)))).toBe(1);
    expect(pdfPageCount(await renderToBuffer(pages(3)))).toBe(3);
  });
});
