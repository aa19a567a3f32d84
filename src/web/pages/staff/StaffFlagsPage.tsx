// /staff/flags — 要確認フラグ (support, moderator, admin): registrations matching a former
// member who withdrew within five years, and contracts with such a member, oldest first;
// each resolved with a note. Nothing here was refused automatically.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { StaffFlag, StaffFlagList } from '../../../shared/api/blocks';
import { blockQueries, blocksApi } from '../../api/blocks';
import { toProblem } from '../../api/client';
import { Button } from '../../components/Button';
import styles from '../../components/CardRows.module.css';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';

export function StaffFlagsPage() {
  const { t } = useTranslation();
  const state = new URLSearchParams(useLocation().search).get('state') === 'resolved' ? 'resolved' : 'open';
  const query = useQuery(blockQueries.flags(state));
  return (
    <Page
      title={t('blocks.flags.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('blocks.flags.lead')}
    >
      <nav aria-label={t('blocks.flags.title')} className="section">
        <ul className="tags">
          {(['open', 'resolved'] as const).map((s) => (
            <li key={s}>
              <Link
                to={s === 'open' ? '/staff/flags' : '/staff/flags?state=resolved'}
                className="tag"
                aria-current={s === state ? 'page' : undefined}
              >
                {t(`blocks.flags.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryView query={query}>{(list) => <Flags list={list} open={state === 'open'} />}</QueryView>
    </Page>
  );
}

function Flags({ list, open }: { list: StaffFlagList; open: boolean }) {
  const { t } = useTranslation();
  if (list.items.length === 0)
    return (
      <div className="card empty-state">
        <p>{t(open ? 'blocks.flags.empty' : 'blocks.flags.emptyResolved')}</p>
      </div>
    );
  return (
    <ul className={styles.list}>
      {list.items.map((f) => (
        <FlagCard key={f.id} flag={f} />
      ))}
    </ul>
  );
}

function FlagCard({ flag }: { flag: StaffFlag }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const id = useId();
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () => blocksApi.resolveFlag(flag.id, note),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['staff', 'flags'] }),
  });
  return (
    <li className="card">
      <h2 className="h3">{t(`blocks.flags.kind.${flag.kind}`)}</h2>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('blocks.flags.member')}</dt>
          <dd>
            {flag.member.displayName} <span className="muted">@{flag.member.username}</span>
          </dd>
        </div>
        <div>
          <dt>{t('blocks.flags.withdrawnOn')}</dt>
          <dd>{formatDate(flag.withdrawnOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('blocks.flags.createdAt')}</dt>
          <dd>{formatDateTime(flag.createdAt, lang)}</dd>
        </div>
        {flag.contractId && (
          <div>
            <dt>{t('blocks.flags.contract')}</dt>
            <dd>
              <code>{flag.contractId}</code>
            </dd>
          </div>
        )}
      </dl>
      {flag.resolvedAt ? (
        <>
          <p className="muted small">
            {t('blocks.flags.resolvedBy', { date: formatDateTime(flag.resolvedAt, lang), who: flag.resolvedBy ?? '-' })}
          </p>
          <p>{flag.note}</p>
        </>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            resolve.mutate();
          }}
        >
          <div className="field">
            <div className="field-label">
              <label htmlFor={`${id}-note`}>{t('blocks.flags.note')}</label>
            </div>
            <div id={`${id}-hint`} className="field-hint">
              {t('blocks.flags.noteHint')}
            </div>
            <div className="field-control">
              <textarea
                id={`${id}-note`}
                className="input textarea"
                rows={3}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-describedby={`${id}-hint`}
              />
            </div>
          </div>
          {resolve.error && <FormAlert problem={toProblem(resolve.error)} />}
          <Button type="submit" busy={resolve.isPending}>
            {t('blocks.flags.resolve')}
          </Button>
        </form>
      )}
    </li>
  );
}
