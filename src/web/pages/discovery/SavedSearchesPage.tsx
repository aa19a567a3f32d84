// /mypage/saved-searches — 保存した検索条件: each search with its conditions, how many
// items matched it so far, a link that runs it, its notices on or off, renaming and
// deleting (asked once more before it goes).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SAVED_SEARCH_LIMITS } from '../../../domain/discovery/saved-searches';
import { CATEGORY_TREE, categoryLabel, JOB_TAGS } from '../../../domain/jobs/categories';
import { line } from '../../../shared/api/fields';
import type { SavedSearch, SavedSearchList } from '../../../shared/api/saved-searches';
import { toProblem } from '../../api/client';
import { discoveryApi, discoveryQueries } from '../../api/discovery';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { type FocusedNotice, FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { QueryView } from '../../lib/query';
import styles from './Discovery.module.css';

const NameForm = z.object({ name: line(SAVED_SEARCH_LIMITS.nameMax, 1) });

export function SavedSearchesPage() {
  const { t } = useTranslation();
  const query = useQuery(discoveryQueries.savedSearches());
  const notice = useFocusedNotice();
  return (
    <Page
      title={t('discovery.savedSearches.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('discovery.savedSearches.lead')}
    >
      <FocusedStatus notice={notice} />
      <QueryView query={query}>{(list) => <SavedSearches list={list} notice={notice} />}</QueryView>
    </Page>
  );
}

function SavedSearches({ list, notice }: { list: SavedSearchList; notice: FocusedNotice }) {
  const { t } = useTranslation();
  if (list.items.length === 0)
    return (
      <div className="card empty-state">
        <p>{t('discovery.savedSearches.empty')}</p>
        <p>
          <Link to="/jobs">{t('jobSearch.title')}</Link> ・ <Link to="/services">{t('services.search.title')}</Link>
        </p>
      </div>
    );
  return (
    <>
      <p className="muted small">{t('discovery.savedSearches.count', { count: list.items.length, max: list.max })}</p>
      <ul className={styles.savedList}>
        {list.items.map((s) => (
          <SavedSearchItem key={s.id} search={s} notice={notice} />
        ))}
      </ul>
    </>
  );
}

/** The conditions in words: 「キーワード: ロゴ / カテゴリ: デザイン」. */
function useConditions(search: SavedSearch): string {
  const { t } = useTranslation();
  const lang = useLang();
  const value = (key: string, v: string | number): string => {
    if (key === 'category') return CATEGORY_TREE[String(v)]?.label[lang] ?? categoryLabel(String(v), lang) ?? String(v);
    if (key === 'tags')
      return String(v)
        .split(',')
        .map((tag) => JOB_TAGS[tag as keyof typeof JOB_TAGS]?.[lang] ?? tag)
        .join('、');
    return String(v);
  };
  const parts = Object.entries(search.query).map(
    ([key, v]) => `${t(`discovery.savedSearches.fields.${key}`, { defaultValue: key })}: ${value(key, v)}`,
  );
  return parts.length > 0 ? parts.join(' / ') : t('discovery.savedSearches.anyCondition');
}

function SavedSearchItem({ search, notice }: { search: SavedSearch; notice: FocusedNotice }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const conditions = useConditions(search);
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = `saved-${search.id}`;
  const refresh = () => client.invalidateQueries({ queryKey: discoveryQueries.savedSearches().queryKey });

  // Shown at once; put back if the server refuses.
  const [notify, setNotify] = useState(search.notify);
  const toggle = async (on: boolean) => {
    setNotify(on);
    setBusy(true);
    try {
      const next = await discoveryApi.updateSavedSearch(search.id, { notify: on });
      await refresh();
      const done = next.notify ? 'discovery.savedSearches.notifyOnDone' : 'discovery.savedSearches.notifyOffDone';
      notice.announce(t(done, { name: next.name }));
    } catch (error) {
      setNotify(!on);
      notice.announce(toProblem(error).title);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await discoveryApi.deleteSavedSearch(search.id);
      notice.announce(t('discovery.savedSearches.deleted', { name: search.name }));
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`card ${styles.savedItem}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{search.name}</h2>
      <p className="muted small">
        <span className="tag">{t(`discovery.savedSearches.kind.${search.kind}`)}</span> {t('discovery.savedSearches.matches')}:{' '}
        {t('discovery.savedSearches.matchesValue', { count: search.matches })}
      </p>
      <p className={styles.conditions}>
        <span className="visually-hidden">{t('discovery.savedSearches.conditions')}: </span>
        {conditions}
      </p>
      <Checkbox
        name={`notify-${search.id}`}
        label={t('discovery.savedSearches.notifyToggle', { name: search.name })}
        checked={notify}
        onChange={(on) => void toggle(on)}
      />
      {renaming && (
        <RenameForm
          search={search}
          onDone={async (name) => {
            setRenaming(false);
            await refresh();
            notice.announce(t('discovery.savedSearches.renamed', { name }));
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
      <div className={styles.actions}>
        <Link to={search.path} className="btn btn-primary btn-small">
          {t('discovery.savedSearches.open')}
        </Link>
        {!renaming && (
          <Button type="button" variant="secondary" className="btn-small" onClick={() => setRenaming(true)}>
            {t('discovery.savedSearches.rename')}
            <span className="visually-hidden">: {search.name}</span>
          </Button>
        )}
        {!confirming ? (
          <Button type="button" variant="secondary" className="btn-small" onClick={() => setConfirming(true)}>
            {t('discovery.savedSearches.delete')}
            <span className="visually-hidden">: {search.name}</span>
          </Button>
        ) : (
          <span>
            <span className="small">{t('discovery.savedSearches.deleteConfirm', { name: search.name })}</span>{' '}
            <Button type="button" variant="danger" className="btn-small" busy={busy} onClick={() => void remove()}>
              {t('discovery.savedSearches.deleteLabel', { name: search.name })}
            </Button>{' '}
            <Button type="button" variant="secondary" className="btn-small" onClick={() => setConfirming(false)}>
              {t('discovery.savedSearches.cancel')}
            </Button>
          </span>
        )}
      </div>
    </li>
  );
}

function RenameForm({
  search,
  onDone,
  onCancel,
}: {
  search: SavedSearch;
  onDone: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm<{ name: string }>({ schema: NameForm, fields: ['name'], defaultValues: { name: search.name } });
  const submit = form.onSubmit(async ({ name }) => {
    const next = await discoveryApi.updateSavedSearch(search.id, { name });
    await onDone(next.name);
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form">
      <FormTextField
        form={form}
        name="name"
        label={t('discovery.savedSearches.renameLabel', { name: search.name })}
        required
        maxLength={SAVED_SEARCH_LIMITS.nameMax}
        autoFocus
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('discovery.savedSearches.renameSubmit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('discovery.savedSearches.cancel')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
