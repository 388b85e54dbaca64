// Reading PDFs in tests: the text of each page, and pages rendered to PNG (pdf.js, with the
// @napi-rs/canvas copy pdf.js installs for itself).
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const options = {
  standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
  cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
  cMapPacked: true,
  isEvalSupported: false,
};

export async function pdfInfo(data: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const pdf = await getDocument({ ...options, data: new Uint8Array(data) }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    return { pages, title: String(info.Title ?? ''), language: String(info.Language ?? '') };
  } finally {
    await pdf.destroy();
  }
}

type NodeCanvasFactory = { create(width: number, height: number): { canvas: HTMLCanvasElement & { toBuffer(mime: 'image/png'): Buffer } } };

export async function pdfPageToPng(data: Uint8Array, pageNumber: number, scale = 1.5): Promise<Buffer> {
  const pdf = await getDocument({ ...options, data: new Uint8Array(data) }).promise;
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const { canvas } = (pdf.canvasFactory as NodeCanvasFactory).create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await pdf.destroy();
  }
}
