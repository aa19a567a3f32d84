// /mypage/restrictions — 利用制限: what is restricted, why (the rule, the reason, the
// evidence), until when, what remains possible, and the appeal. RestrictionBanner shows
// on My page while one is in force.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toProblem } from '../../api/client';
import { moderationApi, moderationQueries, type Restriction } from '../../api/moderation';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';

export function RestrictionBanner() {
  const { t } = useTranslation();
  const query = useQuery(moderationQueries.myRestrictions());
  const active = query.data?.items.filter((r) => r.state === 'active') ?? [];
  if (active.length === 0) return null;
  return (
    <div className="alert alert-warning" role="status">
      <p className="alert-title">{t('moderation.banner.title')}</p>
      <p>
        {active.map((r) => t(`moderation.restrictionKinds.${r.kind}`)).join('・')} — {t('moderation.banner.body')}
      </p>
      <p>
        <Link to="/mypage/restrictions">{t('moderation.banner.link')}</Link>
      </p>
    </div>
  );
}

export function MyRestrictionsPage() {
  const { t } = useTranslation();
  const query = useQuery(moderationQueries.myRestrictions());
  return (
    <Page
      title={t('moderation.restrictions.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('moderation.restrictions.lead')}
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('moderation.restrictions.empty')}</p>
          ) : (
            data.items.map((r) => <RestrictionCard key={r.id} r={r} />)
          )
        }
      </QueryView>
    </Page>
  );
}

function RestrictionCard({ r }: { r: Restriction }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (iso: string) => formatDateTime(iso, lang);
  const headingId = `restriction-${r.id}`;
  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`moderation.restrictionKinds.${r.kind}`)} <span className="badge">{t(`moderation.states.${r.state}`)}</span>
      </h2>
      <dl className="facts">
        <dt>{t('moderation.restrictions.what')}</dt>
        <dd>
          {t(`moderation.stops.${r.kind}`)}
          <br />
          <span className="small">{t('moderation.stillCan')}</span>
        </dd>
        <dt>{t('moderation.restrictions.rule')}</dt>
        <dd>
          <Link to="/terms">{r.articleTitle}</Link>
          <br />
          <span className="small">{r.articleSummary}</span>
        </dd>
        <dt>{t('moderation.restrictions.reason')}</dt>
        <dd>{r.reason}</dd>
        <dt>{t('moderation.restrictions.evidence')}</dt>
        <dd>
          {r.evidence.reports.length > 0 && (
            <span>{t('moderation.restrictions.evidenceReports', { count: r.evidence.reports.length })} </span>
          )}
          {r.evidence.reports.map((e) => (
            <span key={e.id} className="small">
              ({t(`moderation.reasons.${e.reason}`)}: {e.excerpt}){' '}
            </span>
          ))}
          {r.evidence.text}
        </dd>
        <dt>{t('moderation.restrictions.until')}</dt>
        <dd>{r.endsAt ? <time dateTime={r.endsAt}>{date(r.endsAt)}</time> : t('moderation.restrictions.untilReviewed')}</dd>
      </dl>
      {r.lifted && <p>{t('moderation.restrictions.lifted', { date: date(r.lifted.at), reason: r.lifted.reason })}</p>}
      <h3>{t('moderation.restrictions.appealTitle')}</h3>
      {r.appeal ? (
        <>
          <p>{t('moderation.restrictions.appealed', { date: date(r.appeal.at) })}</p>
          <blockquote className="small">{r.appeal.text}</blockquote>
          <p>
            {r.appeal.decision === 'upheld'
              ? t('moderation.restrictions.decisionUpheld', { note: r.appeal.note })
              : r.appeal.decision === 'lifted'
                ? t('moderation.restrictions.decisionLifted', { note: r.appeal.note })
                : t('moderation.restrictions.waiting')}
          </p>
        </>
      ) : r.canAppeal ? (
        <AppealForm r={r} />
      ) : (
        <p>{t('moderation.restrictions.closed')}</p>
      )}
    </section>
  );
}

function AppealForm({ r }: { r: Restriction }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const appeal = useMutation({
    mutationFn: () => moderationApi.appeal(r.id, text),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-restrictions'] }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        appeal.mutate();
      }}
      noValidate
    >
      <p className="small">{t('moderation.restrictions.appealUntil', { date: formatDateTime(r.appealUntil, lang) })}</p>
      <FormAlert problem={appeal.error ? toProblem(appeal.error) : null} />
      <Field label={t('moderation.restrictions.appealText')} required>
        {(control) => <textarea {...control} rows={5} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Button type="submit" busy={appeal.isPending}>
        {t('moderation.restrictions.appealSubmit')}
      </Button>
    </form>
  );
}
