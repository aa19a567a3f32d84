// 「契約ページへ」 on an application or an offer that has become a contract.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ContractLink({ contractId }: { contractId: string | null }) {
  const { t } = useTranslation();
  if (!contractId) return null;
  return (
    <div className="alert alert-info">
      <p>{t('contracts.contractLead')}</p>
      <p>
        <Link to={`/contracts/${encodeURIComponent(contractId)}`} className="btn btn-primary">
          {t('contracts.toContract')}
        </Link>
      </p>
    </div>
  );
}
