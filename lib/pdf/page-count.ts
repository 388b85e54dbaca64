// The number of pages in a PDF we rendered (@react-pdf/renderer writes one "/Type /Page" object per
// page, uncompressed): for "Download PDF (12 pages)". Not a general PDF parser.
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}
