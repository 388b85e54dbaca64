import { Zip, ZipPassThrough } from 'fflate';

export type ZipEntry = { name: string; data: Uint8Array };

// A zip written as its files arrive, so only one file is in memory at a time however many there
// are. PDFs are compressed inside already, so they are stored as they are (no deflate).
export function zipStream(entries: AsyncIterable<ZipEntry>, modified: Date = new Date()): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const used = new Set<string>();
      try {
        for await (const entry of entries) {
          // Two schools with the same name must not overwrite each other in the archive.
          let name = entry.name;
          for (let n = 2; used.has(name); n++) name = entry.name.replace(/(\.[a-z0-9]+)?$/i, (ext) => ` (${n})${ext}`);
          used.add(name);
          const file = new ZipPassThrough(name);
          file.mtime = modified;
          zip.add(file);
          file.push(entry.data, true);
        }
        zip.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
