import { fileTypeFromBuffer } from 'file-type';

// What a school may keep as evidence, told from the file's content (its first bytes), never from
// its name: a program renamed "backup-test.pdf" is refused. Legacy Office files share one container
// format, so for those (and for plain text, which has no signature) the name picks the type.

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export const ACCEPTED_FILES = 'PDF, an image (PNG, JPEG, GIF or WebP), Word, Excel, PowerPoint or plain text';

const BY_SIGNATURE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

const LEGACY_OFFICE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const TEXT: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };

export type CheckedFile = { ok: true; mediaType: string; extension: string } | { ok: false; message: string };

function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

// Text is text when it is valid UTF-8 with no NUL bytes (binary files nearly always have some).
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return true;
  } catch (error) {
    // A multi-byte character cut at the 64 KB boundary is still text.
    return bytes.byteLength > 64 * 1024 && error instanceof TypeError && isPlainText(bytes.subarray(0, 64 * 1024 - 3));
  }
}

export async function checkEvidenceFile(name: string, bytes: Uint8Array): Promise<CheckedFile> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The file is empty. Choose the file again.' };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, message: 'The file must be 20 MB or smaller.' };
  const extension = extensionOf(name);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const known = BY_SIGNATURE[detected.mime];
    if (known) return { ok: true, mediaType: detected.mime, extension: known };
    if (detected.mime === 'application/x-cfb' && LEGACY_OFFICE[extension]) return { ok: true, mediaType: LEGACY_OFFICE[extension], extension };
    return { ok: false, message: `The file must be ${ACCEPTED_FILES}. This one is a .${detected.ext} file, whatever its name says.` };
  }
  if (TEXT[extension] && isPlainText(bytes)) return { ok: true, mediaType: TEXT[extension], extension };
  return { ok: false, message: `The file must be ${ACCEPTED_FILES}. Waypoint could not tell what this one is.` };
}

/** The name the file is downloaded under: the uploaded name, with the extension its content has. */
export function storedFileName(name: string, extension: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim() || 'evidence';
  return `${base.slice(0, 100)}.${extension}`;
}
