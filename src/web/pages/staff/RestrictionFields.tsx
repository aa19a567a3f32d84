// The fields of a restriction (kind, rule, reason, evidence, end), shared by a report's
// decision and the standalone form for a member.
import { useTranslation } from 'react-i18next';
import { TERMS_ARTICLES } from '../../../domain/moderation/articles';
import { RESTRICTION_KINDS, type RestrictionKind } from '../../../domain/moderation/restrictions';
import { Field } from '../../components/Field';

export interface RestrictionDraft {
  kind: RestrictionKind;
  article: string;
  reason: string;
  evidence: string;
  /** Days, or 0 for "until reviewed". */
  days: number;
}
export const emptyRestriction: RestrictionDraft = { kind: 'messaging', article: 'art7', reason: '', evidence: '', days: 7 };

export const restrictionBody = (d: RestrictionDraft, now = Date.now()) => ({
  kind: d.kind,
  article: d.article as 'art7',
  reason: d.reason,
  evidence: d.evidence,
  endsAt: d.days === 0 ? null : new Date(now + d.days * 86_400_000).toISOString(),
});

export function ArticleSelect({
  value,
  onChange,
  optional,
}: {
  value: string;
  onChange: (v: string) => void;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('moderation.staff.article')} required={!optional}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {optional && <option value="">{t('moderation.staff.noArticle')}</option>}
          {TERMS_ARTICLES.map((a) => (
            <option key={a.id} value={a.id}>
              {a.ja}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function RestrictionFields({ value, onChange }: { value: RestrictionDraft; onChange: (v: RestrictionDraft) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<RestrictionDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={t('moderation.staff.kind')} required>
        {(control) => (
          <select {...control} value={value.kind} onChange={(e) => set({ kind: e.target.value as RestrictionKind })}>
            {RESTRICTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`moderation.restrictionKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ArticleSelect value={value.article} onChange={(article) => set({ article })} />
      <Field label={t('moderation.restrictions.reason')} required>
        {(control) => <textarea {...control} rows={3} value={value.reason} onChange={(e) => set({ reason: e.target.value })} />}
      </Field>
      <Field label={t('moderation.staff.evidence2')}>
        {(control) => (
          <textarea {...control} rows={2} value={value.evidence} onChange={(e) => set({ evidence: e.target.value })} />
        )}
      </Field>
      <Field label={t('moderation.staff.endsAt')} required>
        {(control) => (
          <select {...control} value={value.days} onChange={(e) => set({ days: Number(e.target.value) })}>
            {[1, 3, 7, 14, 30, 90].map((d) => (
              <option key={d} value={d}>
                {t('moderation.staff.days', { count: d })}
              </option>
            ))}
            <option value={0}>{t('moderation.staff.untilReviewed')}</option>
          </select>
        )}
      </Field>
    </>
  );
}
