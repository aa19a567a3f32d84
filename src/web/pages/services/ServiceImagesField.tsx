// 画像 in the service editor: the service's images as thumbnails in display order, each
// with a button to take it off; a chosen picture is uploaded at once (the attachment
// upload) and added at the end. The first image is the one search results show.
import { type ChangeEvent, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_LIMITS } from '../../../domain/services/limits';
import { PROBLEMS } from '../../../shared/errors';
import { toProblem } from '../../api/client';
import { attachmentsApi, attachmentUrl } from '../../api/messages';
import { useLang } from '../../i18n';
import styles from './ServiceForm.module.css';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';

export interface ServiceImage {
  id: string;
  url: string;
  name: string;
}

export interface ServiceImages {
  images: ServiceImage[];
  ids: string[];
  /** Files being uploaded now. */
  pending: number;
  errors: string[];
  announcement: string;
  add: (files: File[]) => void;
  remove: (id: string) => void;
}

export function useServiceImages(initial: ServiceImage[]): ServiceImages {
  const { t } = useTranslation();
  const lang = useLang();
  const [images, setImages] = useState(initial);
  const [pending, setPending] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // Counts images kept or on their way, so that quick choices respect the limit.
  const taken = useRef(initial.length);

  const add = useCallback(
    (files: File[]) => {
      const refused: string[] = [];
      for (const file of files) {
        if (taken.current >= SERVICE_LIMITS.imagesMax) {
          refused.push(
            t('attachments.itemError', { name: file.name, message: t('attachments.tooMany', { max: SERVICE_LIMITS.imagesMax }) }),
          );
          continue;
        }
        if (!ACCEPT.split(',').includes(file.type)) {
          refused.push(t('attachments.itemError', { name: file.name, message: t('services.form.imageOnly') }));
          continue;
        }
        if (file.size > MAX_BYTES) {
          refused.push(t('attachments.itemError', { name: file.name, message: PROBLEMS['file-too-large'][lang].detail }));
          continue;
        }
        taken.current++;
        setPending((n) => n + 1);
        setAnnouncement(t('attachments.uploading'));
        attachmentsApi.upload(file).then(
          (info) => {
            setPending((n) => n - 1);
            setImages((list) => [...list, { id: info.id, url: attachmentUrl(info.id), name: info.filename }]);
            setAnnouncement(t('attachments.uploaded', { name: info.filename }));
          },
          (error: unknown) => {
            taken.current--;
            setPending((n) => n - 1);
            setErrors((e) => [...e, t('attachments.itemError', { name: file.name, message: toProblem(error).title })]);
            setAnnouncement('');
          },
        );
      }
      setErrors(refused);
    },
    [t, lang],
  );

  const remove = useCallback(
    (id: string) => {
      const gone = images.find((i) => i.id === id);
      if (!gone) return;
      taken.current--;
      setImages((list) => list.filter((i) => i.id !== id));
      setErrors([]);
      setAnnouncement(t('attachments.removed', { name: gone.name }));
    },
    [images, t],
  );

  return { images, ids: images.map((i) => i.id), pending, errors, announcement, add, remove };
}

export function ServiceImagesField({ images, error }: { images: ServiceImages; error?: string | undefined }) {
  const { t } = useTranslation();
  const id = `images${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const invalid = Boolean(error) || images.errors.length > 0;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : '', images.errors.length > 0 ? `${id}-upload-errors` : '']
    .filter(Boolean)
    .join(' ');

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.currentTarget.files ?? []);
    e.currentTarget.value = '';
    if (chosen.length > 0) images.add(chosen);
  };

  return (
    <div className={['field', invalid ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <div className="field-label">
        <label htmlFor={id}>{t('services.form.images')}</label>
      </div>
      <div id={`${id}-hint`} className="field-hint">
        {t('services.form.imagesHint', { max: SERVICE_LIMITS.imagesMax })}
      </div>
      <input
        ref={inputRef}
        id={id}
        className="file-input"
        type="file"
        multiple
        accept={ACCEPT}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={onChange}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div
        id={`${id}-upload-errors`}
        role="alert"
        className={images.errors.length > 0 ? 'field-error upload-errors' : 'alert-empty'}
      >
        {images.errors.length > 0 && (
          <ul>
            {images.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {images.announcement}
      </p>
      {(images.images.length > 0 || images.pending > 0) && (
        <ul className={styles.images} aria-label={t('services.form.imagesList')}>
          {images.images.map((image, i) => (
            <li key={image.id} className={styles.image}>
              <img src={image.url} alt={t('services.form.imageAlt', { n: i + 1, name: image.name })} width={160} height={120} />
              <button
                type="button"
                className="btn btn-quiet btn-small"
                onClick={() => {
                  images.remove(image.id);
                  inputRef.current?.focus();
                }}
              >
                {t('attachments.remove')}
                <span className="visually-hidden">: {image.name}</span>
              </button>
            </li>
          ))}
          {images.pending > 0 && (
            <li className={styles.image}>
              <span className="upload-progress">{t('attachments.uploading')}</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
