// Attached files (添付ファイル): the upload field of the apply, message and entry forms, and
// the list of download links under an application, a message or an entry.
import { type ChangeEvent, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEMS } from '../../shared/errors';
import { toProblem } from '../api/client';
import { type AttachmentInfo, attachmentsApi, attachmentUrl } from '../api/messages';
import { useLang } from '../i18n';
import { formatFileSize } from '../lib/format';

/** How many files one application, message or entry may carry, and how large each may be. */
export const MAX_ATTACHMENTS = 5;
const MAX_BYTES = 10 * 1024 * 1024;

/** What the file picker offers; the server checks the contents again. */
const ACCEPT = [
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.zip',
  '.txt',
  '.csv',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
].join(',');

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const isImage = (file: AttachmentInfo) => IMAGE_TYPES.has(file.contentType);

interface Pending {
  key: number;
  name: string;
  size: number;
}

interface UploadError {
  key: number;
  name: string;
  message: string;
}

export interface Attachments {
  files: AttachmentInfo[];
  pending: Pending[];
  errors: UploadError[];
  /** A short message for screen readers about the last change. */
  announcement: string;
  /** True while a chosen file is still being uploaded. */
  busy: boolean;
  ids: string[];
  add: (chosen: File[]) => void;
  remove: (id: string) => void;
  reset: () => void;
}

/** The files of one form: each chosen file is uploaded at once and listed with its result. */
export function useAttachments(): Attachments {
  const { t } = useTranslation();
  const lang = useLang();
  const [files, setFiles] = useState<AttachmentInfo[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);
  const [errors, setErrors] = useState<UploadError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextKey = useRef(1);
  // Counts files taken or on their way, so that several quick choices respect the limit.
  const taken = useRef(0);
  const generation = useRef(0);

  const add = useCallback(
    (chosen: File[]) => {
      const refused: UploadError[] = [];
      const started: { item: Pending; file: File }[] = [];
      for (const file of chosen) {
        const key = nextKey.current++;
        if (taken.current >= MAX_ATTACHMENTS) {
          refused.push({ key, name: file.name, message: t('attachments.tooMany', { max: MAX_ATTACHMENTS }) });
          continue;
        }
        if (file.size > MAX_BYTES) {
          refused.push({ key, name: file.name, message: PROBLEMS['file-too-large'][lang].detail });
          continue;
        }
        taken.current++;
        started.push({ item: { key, name: file.name, size: file.size }, file });
      }
      setErrors(refused);
      if (started.length > 0) {
        setPending((p) => [...p, ...started.map((s) => s.item)]);
        setAnnouncement(t('attachments.uploading'));
      }
      const mine = generation.current;
      for (const { item, file } of started) {
        attachmentsApi.upload(file).then(
          (info) => {
            if (mine !== generation.current) return;
            setPending((p) => p.filter((x) => x.key !== item.key));
            setFiles((f) => [...f, info]);
            setAnnouncement(t('attachments.uploaded', { name: info.filename }));
          },
          (error: unknown) => {
            if (mine !== generation.current) return;
            taken.current--;
            const problem = toProblem(error);
            setPending((p) => p.filter((x) => x.key !== item.key));
            setErrors((e) => [...e, { key: item.key, name: item.name, message: problem.title }]);
            setAnnouncement('');
          },
        );
      }
    },
    [t, lang],
  );

  const remove = useCallback(
    (id: string) => {
      const gone = files.find((x) => x.id === id);
      if (!gone) return;
      taken.current--;
      setFiles((f) => f.filter((x) => x.id !== id));
      setErrors([]);
      setAnnouncement(t('attachments.removed', { name: gone.filename }));
    },
    [files, t],
  );

  const reset = useCallback(() => {
    generation.current++;
    taken.current = 0;
    setFiles([]);
    setPending([]);
    setErrors([]);
    setAnnouncement('');
  }, []);

  return { files, pending, errors, announcement, busy: pending.length > 0, ids: files.map((f) => f.id), add, remove, reset };
}

/**
 * 添付ファイル: a file picker; each file is uploaded as soon as it is chosen and listed with
 * a button to take it off again. Upload problems are listed by file name.
 */
export function AttachmentField({ attachments, error }: { attachments: Attachments; error?: string | undefined }) {
  const { t } = useTranslation();
  const _lang = useLang();
  const id = `attach${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const { files, pending, errors } = attachments;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : '', errors.length > 0 ? `${id}-upload-errors` : '']
    .filter(Boolean)
    .join(' ');

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.currentTarget.files ?? []);
    // Let the same file be chosen again after removing it.
    e.currentTarget.value = '';
    if (chosen.length > 0) attachments.add(chosen);
  };

  const onRemove = (fileId: string) => {
    attachments.remove(fileId);
    inputRef.current?.focus();
  };

  return (
    <div className={['field', 'attachment-field', error || errors.length > 0 ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <div className="field-label">
        <label htmlFor={id}>{t('attachments.label')}</label>
      </div>
      <div id={`${id}-hint`} className="field-hint">
        {t('attachments.hint', { max: MAX_ATTACHMENTS })}
      </div>
      <input
        ref={inputRef}
        id={id}
        className="file-input"
        type="file"
        name="file"
        multiple
        accept={ACCEPT}
        aria-invalid={error || errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
        onChange={onChange}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div id={`${id}-upload-errors`} role="alert" className={errors.length > 0 ? 'field-error upload-errors' : 'alert-empty'}>
        {errors.length > 0 && (
          <ul>
            {errors.map((e) => (
              <li key={e.key}>{t('attachments.itemError', { name: e.name, message: e.message })}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {attachments.announcement}
      </p>
      {(files.length > 0 || pending.length > 0) && (
        <ul className="upload-list" aria-label={t('attachments.listLabel')}>
          {files.map((f) => (
            <li key={f.id} className="upload-item">
              <UploadName name={f.filename} size={f.size} />
              <button type="button" className="btn btn-quiet btn-small" onClick={() => onRemove(f.id)}>
                {t('attachments.remove')}
                <span className="visually-hidden">: {f.filename}</span>
              </button>
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.key} className="upload-item upload-item-pending">
              <UploadName name={p.name} size={p.size} />
              <span className="upload-progress">{t('attachments.uploading')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The first field error about attachmentIds ("attachmentIds" or "attachmentIds.2"). */
export function attachmentError(fieldErrors: Record<string, string>): string | undefined {
  return fieldErrors.attachmentIds ?? Object.entries(fieldErrors).find(([k]) => k.startsWith('attachmentIds.'))?.[1];
}

/** 「企画書.pdf(1.2MB)」 download links; images also as thumbnails when `thumbnails` is set. */
export function AttachmentList({
  files,
  thumbnails = false,
  label,
}: {
  files: AttachmentInfo[];
  thumbnails?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const _lang = useLang();
  if (files.length === 0) return null;
  return (
    <ul className={thumbnails ? 'attachment-list attachment-list-thumbs' : 'attachment-list'} aria-label={label}>
      {files.map((f) => (
        <li key={f.id} className="attachment">
          {thumbnails && isImage(f) && (
            <img
              className="attachment-thumb"
              src={attachmentUrl(f.id)}
              alt={t('attachments.imageAlt', { name: f.filename })}
              loading="lazy"
              width={320}
              height={240}
            />
          )}
          <span className="attachment-link">
            <a href={attachmentUrl(f.id)} download={f.filename}>
              {f.filename}
            </a>
            <FileSize size={f.size} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A file's name and size in the list of files to send. */
function UploadName({ name, size }: { name: string; size: number }) {
  return (
    <span className="upload-name">
      {name}
      <FileSize size={size} />
    </span>
  );
}

/** 「(1.2 MB)」 after a file's name. */
function FileSize({ size }: { size: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return <span className="muted">{t('attachments.size', { size: formatFileSize(size, lang) })}</span>;
}
