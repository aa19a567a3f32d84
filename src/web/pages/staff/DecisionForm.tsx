// A report's decision: dismiss, warn or remove with a rule and a note the member reads, or
// restrict with the restriction's fields. One form of useApiForm: a refusal lands on the
// field it names.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ModerationAction } from '../../../domain/moderation/reports';
import { moderationApi, type ReportDetailView } from '../../api/moderation';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormSelect, FormTextArea } from '../../components/FormFields';
import { useApiForm } from '../../lib/form';
import { articleOptions, type DecisionValues, emptyRestriction, RestrictionFields, restrictionBody } from './RestrictionFields';
import styles from './StaffModeration.module.css';

export function DecisionForm({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useApiForm<DecisionValues>({
    fields: ['action', 'article', 'note', 'restriction'],
    defaultValues: { action: r.actions[0] ?? 'dismiss', article: 'art7', note: '', restriction: emptyRestriction },
  });
  const action = form.watch('action');
  const submit = form.onSubmit(async (v) => {
    const body =
      v.action === 'restrict'
        ? { action: v.action, restriction: restrictionBody(v.restriction) }
        : v.action === 'dismiss'
          ? { action: v.action, article: v.article || null, note: v.note }
          : { action: v.action, article: v.article || 'art7', note: v.note };
    const data = await moderationApi.decide(r.id, body);
    client.setQueryData(['moderation-report', r.id], data);
    void client.invalidateQueries({ queryKey: ['moderation-queue'] });
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className={`form ${styles.decision}`} aria-labelledby="decide">
      <h3 id="decide">{t('moderation.staff.decide')}</h3>
      <RadioGroup<ModerationAction>
        legend={t('moderation.staff.action')}
        name="action"
        required
        value={action}
        onChange={(v) => form.setValue('action', v)}
        error={form.errorOf('action')}
        options={r.actions.map((a) => ({ value: a, label: t(`moderation.staff.actions.${a}`) }))}
      />
      {action === 'restrict' ? (
        <RestrictionFields form={form} />
      ) : (
        <>
          <FormSelect
            form={form}
            name="article"
            label={t('moderation.staff.article')}
            required={action !== 'dismiss'}
            options={articleOptions(action === 'dismiss' ? t('moderation.staff.noArticle') : undefined)}
          />
          <FormTextArea form={form} name="note" label={t('moderation.staff.decisionNote')} required rows={3} />
        </>
      )}
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('moderation.staff.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
