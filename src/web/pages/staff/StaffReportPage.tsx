// /staff/moderation/reports/:id — a report with its evidence (the snapshot taken when
// reported), the member's history, and the decision: dismiss, warn, remove, restrict —
// each citing an article of the terms. Restrictions in the history can be lifted and
// their appeals decided here.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ModerationAction } from '../../../domain/moderation/reports';
import { toProblem } from '../../api/client';
import { moderationApi, moderationQueries, type ReportDetailView, type StaffRestrictionView } from '../../api/moderation';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ArticleSelect, emptyRestriction, RestrictionFields, restrictionBody } from './RestrictionFields';

export function StaffReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(moderationQueries.report(id));
  return (
    <Page
      title={t('moderation.staff.detailTitle')}
      crumbs={[
        { to: '/staff', label: t('money.staff.title') },
        { to: '/staff/moderation', label: t('moderation.staff.title') },
      ]}
    >
      <QueryView query={query}>{(r) => <ReportView r={r} />}</QueryView>
    </Page>
  );
}

function ReportView({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <section className="section" aria-labelledby="evidence">
        <h2 id="evidence">{t('moderation.staff.evidence')}</h2>
        <p>
          {t(`moderation.kinds.${r.targetKind}`)} ・ {t(`moderation.reasons.${r.reason}`)} ・ @{r.member.username} ・{' '}
          <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
        </p>
        {r.snapshot.title && <p>{r.snapshot.title}</p>}
        <blockquote className="card">{r.snapshot.text}</blockquote>
        {!r.contentPresent && <p className="small">{t('moderation.staff.removedNote')}</p>}
        {r.note && (
          <p>
            {t('moderation.staff.note')}: {r.note}
          </p>
        )}
        <p className="small muted">
          {t('moderation.staff.columns.reporter')}: @{r.reporter.username}
        </p>
      </section>
      <section className="section" aria-labelledby="outcome">
        <h2 id="outcome">{t('moderation.staff.outcome')}</h2>
        <p>
          <span className="badge">{t(`moderation.outcomes.${r.outcome.status}`)}</span> {r.outcome.note}
        </p>
        {r.actions.length > 0 && <DecisionForm r={r} />}
      </section>
      <History r={r} />
    </>
  );
}

function DecisionForm({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [action, setAction] = useState<ModerationAction>(r.actions[0] ?? 'dismiss');
  const [article, setArticle] = useState('art7');
  const [note, setNote] = useState('');
  const [restriction, setRestriction] = useState(emptyRestriction);
  const decide = useMutation({
    mutationFn: () =>
      moderationApi.decide(
        r.id,
        action === 'restrict'
          ? { action, restriction: restrictionBody(restriction) }
          : action === 'dismiss'
            ? { action, article: (article || null) as 'art7' | null, note }
            : { action, article: article as 'art7', note },
      ),
    onSuccess: (data) => {
      client.setQueryData(['moderation-report', r.id], data);
      void client.invalidateQueries({ queryKey: ['moderation-queue'] });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        decide.mutate();
      }}
      noValidate
    >
      <FormAlert problem={decide.error ? toProblem(decide.error) : null} />
      <fieldset className="field">
        <legend>{t('moderation.staff.action')}</legend>
        {r.actions.map((a) => (
          <label key={a} className="radio">
            <input type="radio" name="action" value={a} checked={action === a} onChange={() => setAction(a)} />{' '}
            {t(`moderation.staff.actions.${a}`)}
          </label>
        ))}
      </fieldset>
      {action === 'restrict' ? (
        <RestrictionFields value={restriction} onChange={setRestriction} />
      ) : (
        <>
          <ArticleSelect value={article} onChange={setArticle} optional={action === 'dismiss'} />
          <Field label={t('moderation.staff.decisionNote')} required>
            {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </>
      )}
      <Button type="submit" busy={decide.isPending}>
        {t('moderation.staff.submit')}
      </Button>
    </form>
  );
}

function History({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const h = r.history;
  const empty = h.reports.length + h.actions.length + h.restrictions.length === 0;
  return (
    <section className="section" aria-labelledby="history">
      <h2 id="history">{t('moderation.staff.history')}</h2>
      {empty && <p>{t('moderation.staff.noHistory')}</p>}
      {h.restrictions.length > 0 && <h3>{t('moderation.staff.pastRestrictions')}</h3>}
      {h.restrictions.map((x) => (
        <RestrictionAdmin key={x.id} x={x} reportId={r.id} />
      ))}
      {h.actions.length > 0 && <h3>{t('moderation.staff.pastActions')}</h3>}
      <ul>
        {h.actions.map((a) => (
          <li key={a.id}>
            {a.kind} ・ {a.article} ・ {a.note} ・ {formatDateTime(a.createdAt, lang)}
          </li>
        ))}
      </ul>
      {h.reports.length > 0 && <h3>{t('moderation.staff.pastReports')}</h3>}
      <ul>
        {h.reports.map((p) => (
          <li key={p.id}>
            {t(`moderation.reasons.${p.reason}`)} ・ {t(`moderation.outcomes.${p.status}`)} ・ {p.excerpt}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RestrictionAdmin({ x, reportId }: { x: StaffRestrictionView; reportId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const refresh = () => {
    if (reportId) void client.invalidateQueries({ queryKey: ['moderation-report', reportId] });
    void client.invalidateQueries({ queryKey: ['user-restrictions'] });
  };
  const lift = useMutation({ mutationFn: () => moderationApi.lift(x.id, text), onSuccess: refresh });
  const decide = useMutation({
    mutationFn: (d: 'upheld' | 'lifted') => moderationApi.decideAppeal(x.id, d, text),
    onSuccess: refresh,
  });
  const pending = x.appeal && !x.appeal.decision;
  return (
    <div className="card">
      <p>
        <strong>{t(`moderation.restrictionKinds.${x.kind}`)}</strong>{' '}
        <span className="badge">{t(`moderation.states.${x.state}`)}</span> ・ {x.articleTitle} ・{' '}
        {x.endsAt ? formatDateTime(x.endsAt, lang) : t('moderation.restrictions.untilReviewed')} ・ @{x.createdBy ?? '-'}
      </p>
      <p className="small">{x.reason}</p>
      {x.appeal && <blockquote className="small">{x.appeal.text}</blockquote>}
      {(x.state === 'active' || (pending && x.canDecideAppeal)) && (
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <FormAlert problem={lift.error || decide.error ? toProblem(lift.error ?? decide.error) : null} />
          <Field
            label={pending && x.canDecideAppeal ? t('moderation.staff.appealDecide') : t('moderation.staff.liftReason')}
            required
          >
            {(control) => <textarea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          {pending && x.canDecideAppeal ? (
            <>
              <Button variant="secondary" busy={decide.isPending} onClick={() => decide.mutate('upheld')}>
                {t('moderation.staff.uphold')}
              </Button>{' '}
              <Button busy={decide.isPending} onClick={() => decide.mutate('lifted')}>
                {t('moderation.staff.liftByAppeal')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" busy={lift.isPending} onClick={() => lift.mutate()}>
              {t('moderation.staff.lift')}
            </Button>
          )}
        </form>
      )}
    </div>
  );
}
