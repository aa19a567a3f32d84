// The operator at the foot of a statement page (取引明細, 年間の支払明細): its legal name,
// address and registration number, as the settings name it.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { operatorQueries } from '../../api/operator';

export function IssuerFooter() {
  const { t } = useTranslation();
  const { data: o } = useQuery(operatorQueries.operator());
  if (!o) return null;
  return (
    <footer className="doc-foot doc-issuer">
      <dl className="doc-meta">
        <div>
          <dt>{t('money.statement.issuer')}</dt>
          <dd className="strong" data-testid="issuer-name">
            {o.legalName}
          </dd>
        </div>
        <div>
          <dt>{t('money.statement.issuerAddress')}</dt>
          <dd>
            〒{o.postalCode} {o.address}
          </dd>
        </div>
        {o.invoiceNumber && (
          <div>
            <dt>{t('money.statement.invoiceNumber')}</dt>
            <dd>{o.invoiceNumber}</dd>
          </div>
        )}
      </dl>
    </footer>
  );
}
