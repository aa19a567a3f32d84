// One restriction as staff see it (kind, state, rule, end, who restricted, the reason and the
// appeal), with what may be done next: lift it with a reason, or — for a staff member other
// than the one who restricted — decide the appeal.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { moderationApi, type StaffRestrictionView } from '../../api/moderation';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import styles from './StaffModeration.module.css';

const STATE_BADGE = { active: 'badge-state-declined', ended: 'badge-state-expired', lifted: 'badge-state-hired' } as const;

export function RestrictionAdmin({ x, reportId }: { x: StaffRestrictionView; reportId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (iso: string) => formatDateTime(iso, lang);
  const headingId = `restriction-${x.id}`;
  return (
    <article className={styles.restriction} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.restrictionHead}>
        <span>{t(`moderation.restrictionKinds.${x.kind}`)}</span>
        <span className={`badge badge-state ${STATE_BADGE[x.state]}`}>{t(`moderation.states.${x.state}`)}</span>
      </h4>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('moderation.restrictions.rule')}</dt>
          <dd>{x.articleTitle}</dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.until')}</dt>
          <dd>{x.endsAt ? date(x.endsAt) : t('moderation.restrictions.untilReviewed')}</dd>
        </div>
        <div>
          <dt>{t('moderation.staff.restrictedBy')}</dt>
          <dd>
            {x.createdBy ? `@${x.createdBy}` : '—'}({date(x.startsAt)})
          </dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.reason')}</dt>
          <dd>{x.reason}</dd>
        </div>
        {x.lifted && (
          <div>
            <dt>{t('moderation.staff.liftedAt')}</dt>
            <dd>
              {date(x.lifted.at)} — {x.lifted.reason}
            </dd>
          </div>
        )}
      </dl>
      {x.appeal && (
        <div className={styles.appeal}>
          <p className="small muted">{t('moderation.staff.appealAt', { date: date(x.appeal.at) })}</p>
          <blockquote className={styles.quote}>{x.appeal.text}</blockquote>
          {x.appeal.decision && (
            <p className="small">
              {t(`moderation.staff.appealDecided.${x.appeal.decision}`, {
                who: x.appealDecidedBy ? `@${x.appealDecidedBy}` : '—',
                note: x.appeal.note ?? '',
              })}
            </p>
          )}
          {!x.appeal.decision && !x.canDecideAppeal && <p className="small">{t('moderation.staff.appealOther')}</p>}
        </div>
      )}
      <NextStep x={x} reportId={reportId} />
    </article>
  );
}

function NextStep({ x, reportId }: { x: StaffRestrictionView; reportId?: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useApiForm<{ reason: string; note: string }>({
    fields: ['reason', 'note', 'decision'],
    defaultValues: { reason: '', note: '' },
  });
  const appealOpen = x.appeal !== null && x.appeal.decision === null && x.canDecideAppeal;
  if (x.state !== 'active' && !appealOpen) return null;
  const refresh = () => {
    if (reportId) void client.invalidateQueries({ queryKey: ['moderation-report', reportId] });
    void client.invalidateQueries({ queryKey: ['user-restrictions'] });
    form.reset();
  };
  const decide = (decision: 'upheld' | 'lifted') =>
    form.run(async () => {
      await moderationApi.decideAppeal(x.id, decision, form.getValues('note'));
      refresh();
    });
  const lift = form.onSubmit(async ({ reason }) => {
    await moderationApi.lift(x.id, reason);
    refresh();
  });
  return (
    <ApiFormFrame form={form} onSubmit={lift} className={`form ${styles.nextStep}`}>
      {appealOpen ? (
        <>
          <FormTextArea form={form} name="note" label={t('moderation.staff.appealDecide')} required rows={2} />
          <div className="form-actions">
            <Button busy={form.submitting} onClick={() => decide('lifted')}>
              {t('moderation.staff.liftByAppeal')}
            </Button>
            <Button variant="secondary" busy={form.submitting} onClick={() => decide('upheld')}>
              {t('moderation.staff.uphold')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <FormTextArea form={form} name="reason" label={t('moderation.staff.liftReason')} required rows={2} />
          <div className="form-actions">
            <Button type="submit" variant="secondary" busy={form.submitting}>
              {t('moderation.staff.lift')}
            </Button>
          </div>
        </>
      )}
    </ApiFormFrame>
  );
}
