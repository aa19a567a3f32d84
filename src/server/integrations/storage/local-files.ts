// Attached files on local disk, under <data dir>/uploads/<yyyy-mm>/<random>. Names on
// disk are random; the user's file name lives only in the database.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';

export interface FileStore {
  save(bytes: Buffer, now: Date): Promise<{ key: string; sha256: string }>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
  root: string;
}

export function localFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    const path = normalize(join(root, key));
    if (!path.startsWith(normalize(root) + sep)) throw new Error('storage key escapes the upload directory');
    return path;
  };
  return {
    root,
    async save(bytes, now) {
      const key = `${now.toISOString().slice(0, 7)}/${randomBytes(16).toString('hex')}`;
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
      return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    open(key) {
      return createReadStream(pathOf(key));
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/** Types we accept, recognised by extension and confirmed by the file's first bytes. */
const TYPES: Record<string, { mime: string; magic?: number[][] }> = {
  png: { mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  jpg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  gif: { mime: 'image/gif', magic: [[0x47, 0x49, 0x46, 0x38]] },
  webp: { mime: 'image/webp', magic: [[0x52, 0x49, 0x46, 0x46]] },
  pdf: { mime: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  zip: { mime: 'application/zip', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  txt: { mime: 'text/plain; charset=utf-8' },
  csv: { mime: 'text/csv; charset=utf-8' },
};

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

/** The content type to store and serve, or null when the file is not one we accept. */
export function recogniseFile(filename: string, bytes: Buffer): string | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const type = TYPES[ext];
  if (!type) return null;
  if (type.magic && !type.magic.some((m) => m.every((b, i) => bytes[i] === b))) return null;
  if (!type.magic && bytes.includes(0)) return null; // text files hold no NUL bytes
  return type.mime;
}

/** A file name safe to store and show: no paths, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return [...(cleaned || 'file')].slice(-200).join('');
}
