// この条件を保存: on a search page, a button that opens a small form (a name, proposed from
// the keywords) and saves the search being looked at. The server checks the query with
// the search's own schema; a visitor is asked to log in instead.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { SAVED_SEARCH_LIMITS } from '../../../domain/discovery/saved-searches';
import { line } from '../../../shared/api/fields';
import { discoveryApi, discoveryQueries } from '../../api/discovery';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { useApiForm } from '../../lib/form';
import { loginPath } from '../../lib/navigation';
import styles from './Discovery.module.css';

const NameForm = z.object({ name: line(SAVED_SEARCH_LIMITS.nameMax, 1) });

/** The search's parameters as the API takes them, without the page: what is saved. */
export function savedQueryOf(params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'page' || key === 'perPage' || value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.join(',');
    } else if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}

export function SaveSearchPanel({
  kind,
  params,
  suggestedName,
}: {
  kind: 'job' | 'service';
  /** The search being looked at, as the API takes it. */
  params: Record<string, unknown>;
  suggestedName: string;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const query = savedQueryOf(params);
  // Only a search that narrows something is worth saving (the server refuses the rest).
  if (Object.keys(query).every((k) => k === 'sort')) return null;
  if (!user) {
    return (
      <p className={`muted small ${styles.saveSearch}`}>
        <Link to={loginPath(`${location.pathname}${location.search}`)}>{t('discovery.savedSearches.loginToSave')}</Link>
      </p>
    );
  }
  return (
    <div className={styles.saveSearch}>
      {!open && (
        <Button
          type="button"
          variant="secondary"
          className="btn-small"
          onClick={() => {
            setSaved(null);
            setOpen(true);
          }}
        >
          {t('discovery.savedSearches.save')}
        </Button>
      )}
      {open && (
        <SaveForm
          kind={kind}
          query={query}
          suggestedName={suggestedName}
          onDone={(name) => {
            setOpen(false);
            setSaved(name);
          }}
          onCancel={() => setOpen(false)}
        />
      )}
      <StatusMessage tone="success">
        {saved && (
          <>
            {t('discovery.savedSearches.saved', { name: saved })}{' '}
            <Link to="/mypage/saved-searches">{t('discovery.savedSearches.viewAll')}</Link>
          </>
        )}
      </StatusMessage>
    </div>
  );
}

function SaveForm({
  kind,
  query,
  suggestedName,
  onDone,
  onCancel,
}: {
  kind: 'job' | 'service';
  query: Record<string, string | number>;
  suggestedName: string;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useApiForm<{ name: string }>({
    schema: NameForm,
    fields: ['name'],
    defaultValues: { name: suggestedName.slice(0, SAVED_SEARCH_LIMITS.nameMax) },
  });
  const submit = form.onSubmit(async ({ name }) => {
    const saved = await discoveryApi.saveSearch({ kind, name, query });
    await queryClient.invalidateQueries({ queryKey: discoveryQueries.savedSearches().queryKey });
    onDone(saved.name);
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form card" aria-label={t('discovery.savedSearches.saveTitle')}>
      <FormTextField
        form={form}
        name="name"
        label={t('discovery.savedSearches.nameLabel')}
        hint={t('discovery.savedSearches.nameHint')}
        required
        maxLength={SAVED_SEARCH_LIMITS.nameMax}
        autoFocus
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('discovery.savedSearches.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('discovery.savedSearches.cancel')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
