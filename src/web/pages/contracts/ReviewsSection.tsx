// 評価: after the contract ends each side rates the other on five items. Neither sees the
// other's review until both have written one or the reveal date has passed.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewBody } from '../../../shared/api/contracts';
import { ReviewAnswerBody } from '../../../shared/api/service-reviews';
import { fieldMessage, type Lang } from '../../../shared/errors';
import { contractsApi, type Review } from '../../api/contracts';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate, formatNumber } from '../../lib/format';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { ActionAlert, type PanelProps } from './contractParts';

const ITEMS = ['skill', 'quality', 'schedule', 'communication', 'partnership'] as const;
type Item = (typeof ITEMS)[number];
const SCORES = [1, 2, 3, 4, 5] as const;

/** スキル, 品質, 納期, コミュニケーション, and また依頼したい (of a worker) / また受注したい (of a client). */
function useItemLabel() {
  const { t } = useTranslation();
  return (item: Item, reviewerRole: 'client' | 'worker') => {
    if (item !== 'partnership') return t(`contracts.reviews.items.${item}`);
    return reviewerRole === 'client'
      ? t('contracts.reviews.items.partnershipClient')
      : t('contracts.reviews.items.partnershipWorker');
  };
}

export function ReviewsSection({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = contract.reviews;
  const canWrite = contract.viewer.actions.includes('review');
  if (!r.open && !r.mine && !r.theirs) return null;
  const role = contract.viewer.role;
  const other = role === 'client' ? contract.worker : contract.client;

  return (
    <section aria-labelledby="contract-reviews" className="section">
      <h2 id="contract-reviews">{t('contracts.reviews.title')}</h2>
      <p className="muted small">
        {r.revealAt && !r.revealed
          ? t('contracts.reviews.lead', { date: formatDate(r.revealAt, lang) })
          : t('contracts.reviews.leadDays', { days: formatNumber(contract.rules.reviewRevealDays, lang) })}
      </p>
      {canWrite && !r.mine && <ReviewForm contract={contract} onChange={onChange} onStale={onStale} />}
      {r.mine && <ReviewCard review={r.mine} title={t('contracts.reviews.mine')} />}
      {r.theirs ? (
        <>
          <ReviewCard review={r.theirs} title={t('contracts.reviews.theirs', { name: other.displayName })} />
          {r.canAnswer && <AnswerForm contract={contract} reviewId={r.theirs.id} onChange={onChange} onStale={onStale} />}
        </>
      ) : (
        <p className="note">
          {r.revealed
            ? t('contracts.reviews.noneRevealed')
            : r.mine
              ? t('contracts.reviews.hiddenMineWritten')
              : r.theirsWritten
                ? t('contracts.reviews.hiddenWritten')
                : t('contracts.reviews.theirsNotWritten')}
        </p>
      )}
    </section>
  );
}

function ReviewCard({ review, title }: { review: Review; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const itemLabel = useItemLabel();
  return (
    <article className="card review-card">
      <div className="milestone-head">
        <h3>{title}</h3>
        <span className="review-score">{t('contracts.reviews.score', { score: review.score.toFixed(1) })}</span>
      </div>
      <dl className="job-meta review-scores">
        {ITEMS.map((item) => (
          <div key={item}>
            <dt>{itemLabel(item, review.reviewerRole)}</dt>
            <dd>
              <Stars n={review[item]} />
            </dd>
          </div>
        ))}
      </dl>
      {review.comment && <p className="job-text">{review.comment}</p>}
      <p className="muted small">
        <time dateTime={review.createdAt}>{formatDate(review.createdAt, lang)}</time>
      </p>
      {review.answer && (
        <div className="review-answer">
          <h4>{t('contracts.reviews.answerTitle')}</h4>
          <p className="job-text">{review.answer.text}</p>
          <p className="muted small">
            <time dateTime={review.answer.createdAt}>{formatDate(review.answer.createdAt, lang)}</time>
          </p>
        </div>
      )}
    </article>
  );
}

/** ★★★★☆ for the eye, 「4点」 for a screen reader. */
function Stars({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="stars" aria-hidden="true">
        {'★'.repeat(n)}
        <span className="stars-off">{'★'.repeat(Math.max(0, 5 - n))}</span>
      </span>
      <span className="visually-hidden">{t('contracts.reviews.starLabel', { n })}</span>
    </>
  );
}

type ReviewValues = Record<Item, number | null> & { comment: string };

/** The request, and a required mark on each item not scored yet. */
function reviewBody(values: ReviewValues, lang: Lang) {
  const missing: FieldErrors = {};
  for (const item of ITEMS) if (values[item] === null) missing[item] = fieldMessage('required', lang);
  const body = {
    skill: values.skill ?? 0,
    quality: values.quality ?? 0,
    schedule: values.schedule ?? 0,
    communication: values.communication ?? 0,
    partnership: values.partnership ?? 0,
    comment: values.comment,
  };
  return { body, errors: { ...schemaErrors(ReviewBody, body, lang), ...missing } };
}

function ReviewForm({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const itemLabel = useItemLabel();
  const form = useApiForm<ReviewValues>({
    fields: [...ITEMS, 'comment'],
    defaultValues: { skill: null, quality: null, schedule: null, communication: null, partnership: null, comment: '' },
    check: (values) => reviewBody(values, lang).errors,
  });
  const role = contract.viewer.role;
  const other = role === 'client' ? contract.worker : contract.client;

  const submit = form.onSubmit(async (values) => {
    const next = await contractsApi.review(contract.id, reviewBody(values, lang).body);
    onChange(next, t('contracts.reviews.sent'));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel review-form">
      <h3>{t('contracts.reviews.formTitle', { name: other.displayName })}</h3>
      <ActionAlert form={form} onStale={onStale} />
      <p id={`${contract.id}-review-scale`} className="field-hint">
        {t('contracts.reviews.scaleHint')}
      </p>
      {ITEMS.map((item) => (
        <StarField
          key={item}
          name={item}
          legend={itemLabel(item, role)}
          value={form.watch(item)}
          onChange={(n) => form.setValue(item, n)}
          hintId={`${contract.id}-review-scale`}
          error={form.errorOf(item)}
        />
      ))}
      <FormTextArea
        form={form}
        name="comment"
        label={t('contracts.reviews.comment')}
        hint={t('contracts.reviews.commentHint')}
        rows={4}
      />
      <p className="muted small">{t('contracts.reviews.submitNote')}</p>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.reviews.submit')}
        </Button>
      </div>
    </form>
  );
}

/** The seller's answer (返信) to the buyer's revealed review: once, never edited. */
function AnswerForm({ contract, reviewId, onChange, onStale }: PanelProps & { reviewId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ answer: string }>({
    fields: ['answer'],
    defaultValues: { answer: '' },
    check: (values) => schemaErrors(ReviewAnswerBody, values, lang),
  });
  const submit = form.onSubmit(async (values) => {
    await contractsApi.answerReview(reviewId, values);
    onChange(await contractsApi.get(contract.id), t('contracts.reviews.answerSent'));
  });
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel review-form">
      <h3>{t('contracts.reviews.answerFormTitle')}</h3>
      <ActionAlert form={form} onStale={onStale} />
      <FormTextArea
        form={form}
        name="answer"
        label={t('contracts.reviews.answerLabel')}
        hint={t('contracts.reviews.answerHint')}
        rows={4}
      />
      <p className="muted small">{t('contracts.reviews.answerNote')}</p>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.reviews.answerSubmit')}
        </Button>
      </div>
    </form>
  );
}

/** One item as a group of five radio buttons, ★1 to ★5. */
function StarField({
  name,
  legend,
  value,
  onChange,
  hintId,
  error,
}: {
  name: Item;
  legend: string;
  value: number | null;
  onChange: (n: number) => void;
  hintId: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const base = `review-${name}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <fieldset
      className={['field', 'star-field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hintId, error ? `${base}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend className="field-label">
        {legend}
        <span className="badge badge-required" aria-hidden="true">
          {t('common.required')}
        </span>
      </legend>
      <div className="star-options">
        {SCORES.map((n) => (
          <label key={n} className="star-option" htmlFor={`${base}-${n}`}>
            <input
              type="radio"
              id={`${base}-${n}`}
              name={base}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-invalid={error ? true : undefined}
              required
            />
            <span aria-hidden="true">
              <span className="star-glyph">★</span>
              {n}
            </span>
            <span className="visually-hidden">{t('contracts.reviews.starLabel', { n })}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${base}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
