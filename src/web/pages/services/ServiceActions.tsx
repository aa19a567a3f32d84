// The seller's buttons for one service, exactly those its `actions` list: 編集する (a link),
// 公開する, 受付を停止する, 受付を再開する, 非公開にする. A change updates the cached
// service and the lists that show it, and says what happened.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { toProblem } from '../../api/client';
import {
  isStatusAction,
  type ServiceActionName,
  type ServiceDetailData,
  type ServiceStatusAction,
  serviceQueries,
  servicesApi,
} from '../../api/services';
import { Button } from '../../components/Button';
import { type FocusedNotice, FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { ProblemMessage } from '../../components/FormAlert';

/** Changes a service's status and refreshes what shows it; the answer is the service as it now is. */
export function useServiceStatusChange() {
  const queryClient = useQueryClient();
  return async (id: string, action: ServiceStatusAction): Promise<ServiceDetailData> => {
    const next = await servicesApi.changeStatus(id, action);
    queryClient.setQueryData(serviceQueries.detail(id).queryKey, next);
    await queryClient.invalidateQueries({
      queryKey: serviceQueries.all(),
      predicate: (q) => q.queryKey[1] !== id && q.queryKey[1] !== 'fee-preview',
    });
    return next;
  };
}

/**
 * The buttons, the notice after a change (given focus, since the pressed button may be
 * gone) and the problem when the server refuses (e.g. a draft that cannot be published yet,
 * with a link to the editor).
 */
export function ServiceStatusButtons({
  service,
  actions,
  notice: given,
  compact = false,
}: {
  service: { id: string; title: string };
  actions: readonly ServiceActionName[];
  /** The notice the page shows (the service page shares it with the editor's); its own otherwise. */
  notice?: FocusedNotice;
  /** Small buttons for a list, with the service's title for screen readers. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const own = useFocusedNotice();
  const notice = given ?? own;
  const change = useServiceStatusChange();
  const [busy, setBusy] = useState<ServiceStatusAction | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const steps = actions.filter(isStatusAction);
  const editable = actions.includes('edit');
  if (steps.length === 0 && !editable) return null;

  const act = async (action: ServiceStatusAction) => {
    setBusy(action);
    setProblem(null);
    notice.clear();
    try {
      await change(service.id, action);
      notice.announce(t(`services.notice.${action}`));
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(null);
    }
  };
  const small = compact ? 'btn-small' : undefined;
  const forTitle = compact ? <span className="visually-hidden">: {service.title}</span> : null;

  return (
    <div className="service-actions">
      {!given && <FocusedStatus notice={own} />}
      {problem && (
        <ProblemMessage problem={problem}>
          {problem.code === 'service-not-publishable' && editable && (
            <p>
              <Link to={`/services/${encodeURIComponent(service.id)}/edit`}>{t('services.action.edit')}</Link>
            </p>
          )}
        </ProblemMessage>
      )}
      <div className="form-actions">
        {editable && (
          <Link
            to={`/services/${encodeURIComponent(service.id)}/edit`}
            className={['btn btn-secondary', small].filter(Boolean).join(' ')}
          >
            {t('services.action.edit')}
            {forTitle}
          </Link>
        )}
        {steps.map((action) => (
          <Button
            key={action}
            variant={action === 'publish' || action === 'resume' ? 'primary' : 'secondary'}
            className={small}
            busy={busy === action}
            disabled={busy !== null}
            onClick={() => void act(action)}
          >
            {t(`services.action.${action}`)}
            {forTitle}
          </Button>
        ))}
      </div>
    </div>
  );
}
