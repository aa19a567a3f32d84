// The fields of a restriction (kind, rule, reason, evidence, end), shared by a report's
// decision and the standalone form for a member; both are forms of useApiForm whose values
// hold the restriction under `restriction`, so a refusal lands on the field it names.
import { useTranslation } from 'react-i18next';
import { TERMS_ARTICLES, type TermsArticleId } from '../../../domain/moderation/articles';
import type { ModerationAction } from '../../../domain/moderation/reports';
import { RESTRICTION_KINDS, type RestrictionKind } from '../../../domain/moderation/restrictions';
import { ApiError, toProblem } from '../../api/client';
import { FormSelect, FormTextArea } from '../../components/FormFields';
import type { ApiForm } from '../../lib/form';

export interface RestrictionDraft {
  kind: RestrictionKind;
  article: TermsArticleId;
  reason: string;
  evidence: string;
  /** Days, or "0" for "until reviewed" (a select's value). */
  days: string;
}

/** The values of a report's decision; the standalone restriction form uses `restriction` alone. */
export interface DecisionValues {
  action: ModerationAction;
  /** A rule to cite, or '' for none (dismissing only). */
  article: TermsArticleId | '';
  note: string;
  restriction: RestrictionDraft;
}

export const emptyRestriction: RestrictionDraft = { kind: 'messaging', article: 'art7', reason: '', evidence: '', days: '7' };

export const restrictionBody = (d: RestrictionDraft, now = Date.now()) => ({
  kind: d.kind,
  article: d.article,
  reason: d.reason,
  evidence: d.evidence,
  endsAt: d.days === '0' ? null : new Date(now + Number(d.days) * 86_400_000).toISOString(),
});

/**
 * A refusal of a request whose body is the restriction itself, its field pointers moved
 * under `/restriction` (and the end onto the select of days), as the form names them.
 */
export function underRestriction(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const problem = toProblem(error);
  const errors = problem.errors?.map((e) => ({
    ...e,
    pointer: `/restriction${e.pointer === '/endsAt' ? '/days' : e.pointer}`,
  }));
  return new ApiError({ ...problem, errors });
}

/** The articles to cite; `none` labels the empty choice when citing is optional. */
export function articleOptions(none?: string) {
  return [
    ...(none !== undefined ? [{ value: '', label: none }] : []),
    ...TERMS_ARTICLES.map((a) => ({ value: a.id, label: a.ja })),
  ];
}

export function RestrictionFields({
  form,
  standalone = false,
}: {
  form: ApiForm<DecisionValues>;
  /** Not from a report: the evidence in words is then required (nothing else shows it). */
  standalone?: boolean;
}) {
  const { t } = useTranslation();
  const days = [1, 3, 7, 14, 30, 90].map((d) => ({ value: String(d), label: t('moderation.staff.days', { count: d }) }));
  return (
    <>
      <FormSelect
        form={form}
        name="restriction.kind"
        label={t('moderation.staff.kind')}
        required
        options={RESTRICTION_KINDS.map((k) => ({ value: k, label: t(`moderation.restrictionKinds.${k}`) }))}
      />
      <FormSelect
        form={form}
        name="restriction.article"
        label={t('moderation.staff.article')}
        required
        options={articleOptions()}
      />
      <FormTextArea
        form={form}
        name="restriction.reason"
        label={t('moderation.restrictions.reason')}
        hint={t('moderation.staff.reasonHint')}
        required
        rows={3}
      />
      <FormTextArea
        form={form}
        name="restriction.evidence"
        label={standalone ? t('moderation.restrictions.evidence') : t('moderation.staff.evidence2')}
        required={standalone}
        rows={2}
      />
      <FormSelect
        form={form}
        name="restriction.days"
        label={t('moderation.staff.endsAt')}
        required
        options={[...days, { value: '0', label: t('moderation.staff.untilReviewed') }]}
      />
    </>
  );
}
