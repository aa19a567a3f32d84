// /services/:id/inquiry — 見積り・カスタマイズを相談する: the buyer writes what they need,
// their budget and date; the inquiry's page (its thread and the quotes to come) opens.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { InquiryBody } from '../../../shared/api/quotes';
import { orderQueries } from '../../api/orders';
import { quotesApi } from '../../api/quotes';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { QueryView, queryProblem } from '../../lib/query';
import { schemaErrors } from '../../lib/validate';
import { NotFoundPage } from '../errors/NotFoundPage';

export function AskQuotePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(orderQueries.service(id));
  if (queryProblem(query)?.code === 'not-found') return <NotFoundPage />;
  const service = query.data;
  const serviceLink = `/services/${encodeURIComponent(id)}`;
  return (
    <Page
      className="ask-quote-page"
      title={t('quotes.ask.title')}
      crumbs={[
        { to: '/services', label: t('purchase.crumbServices') },
        ...(service ? [{ to: serviceLink, label: service.title }] : []),
      ]}
      lead={t('quotes.ask.lead')}
    >
      <QueryView query={query}>
        {(s) =>
          s.viewer.actions.includes('ask') ? (
            <AskForm serviceId={s.id} title={s.title} />
          ) : (
            <div className="alert alert-info">
              <p>{s.viewer.isOwner ? t('quotes.ask.own') : t('quotes.ask.notAvailable')}</p>
              <p>
                <Link to={serviceLink}>{t('quotes.ask.backToService')}</Link>
              </p>
            </div>
          )
        }
      </QueryView>
    </Page>
  );
}

function AskForm({ serviceId, title }: { serviceId: string; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useApiForm<{ message: string }>({
    fields: ['message'],
    defaultValues: { message: '' },
    check: (values) => schemaErrors(InquiryBody, values, lang),
  });
  const submit = form.onSubmit(async (values) => {
    const started = await quotesApi.ask(serviceId, values);
    void queryClient.invalidateQueries({ queryKey: ['threads'] });
    navigate(`/inquiries/${encodeURIComponent(started.id)}`, { state: { notice: 'asked' } });
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form section card">
      <p className="muted small">{title}</p>
      <FormTextArea
        form={form}
        name="message"
        label={t('quotes.ask.message')}
        hint={t('quotes.ask.messageHint')}
        required
        rows={8}
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('quotes.ask.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
