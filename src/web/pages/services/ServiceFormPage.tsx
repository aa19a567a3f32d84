import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PROBLEMS, type Problem } from '../../../shared/errors';
import { type ServiceDetailData, serviceQueries } from '../../api/services';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs';
import { ProblemMessage } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ServiceForm } from './ServiceForm';
import type { ServiceNotice, ServicePageState } from './ServicePage';

function useMyServicesCrumbs(): Crumb[] {
  const { t } = useTranslation();
  return [
    { to: '/mypage', label: t('myPage.title') },
    { to: '/mypage/services', label: t('services.mine.title') },
  ];
}

function useAfterSave() {
  const navigate = useNavigate();
  return (service: ServiceDetailData, notice: ServiceNotice) => {
    const state: ServicePageState = { notice };
    navigate(`/services/${encodeURIComponent(service.id)}`, { state });
  };
}

/** /services/new — サービスを出品する. */
export function NewServicePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('services.form.newTitle'));
  const crumbs = useMyServicesCrumbs();
  const afterSave = useAfterSave();
  return (
    <div>
      <Breadcrumbs items={[...crumbs, { label: t('services.form.newTitle') }]} />
      <h1 id="service-form-title">{t('services.form.newTitle')}</h1>
      <p className="lead">{t('services.form.newLead')}</p>
      <ServiceForm initial={null} onSaved={afterSave} />
    </div>
  );
}

/** /services/:id/edit — サービスを編集する, by its seller. */
export function EditServicePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  useDocumentTitle(t('services.form.editTitle'));
  const crumbs = useMyServicesCrumbs();
  const afterSave = useAfterSave();
  const query = useQuery(serviceQueries.detail(id));
  const service = query.data;

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('services.page.notFoundTitle')} body={t('services.page.notFoundBody')} />;
  }
  const refusal: Problem | null =
    service && !service.viewer.actions.includes('edit')
      ? { type: 'about:blank', status: 403, code: 'forbidden', ...PROBLEMS.forbidden[lang], detail: t('services.form.notOwner') }
      : null;

  return (
    <div>
      <Breadcrumbs
        items={[
          ...crumbs,
          ...(service ? [{ to: `/services/${encodeURIComponent(id)}`, label: service.title }] : []),
          { label: t('services.form.editTitle') },
        ]}
      />
      <h1 id="service-form-title">{t('services.form.editTitle')}</h1>
      <QueryView query={query}>
        {(data) =>
          refusal ? (
            <ProblemMessage problem={refusal}>
              <p>
                <Link to={`/services/${encodeURIComponent(id)}`}>{t('services.form.toService')}</Link>
              </p>
            </ProblemMessage>
          ) : (
            // The form starts from the service as first read; a later read does not reset it.
            <ServiceForm initial={data} onSaved={afterSave} />
          )
        }
      </QueryView>
    </div>
  );
}
