import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { moneyQueries, type TermsDocument } from '../../api/money';
import { useLang } from '../../i18n';
import { formatDate, formatPlainDate } from '../../lib/format';
import { ContractDocPage } from './ContractDocPage';
import { PrintButton, yen } from './docParts';
import { TermsActSection, TermsMilestones } from './TermsTables';

function readVersion(search: string): number | null {
  const value = new URLSearchParams(search).get('version') ?? '';
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/**
 * /contracts/:id/terms[?version=N] — 取引条件明示書: the written terms the Freelance Act asks
 * for, as the server stored them when the contract started or its terms changed.
 */
export function TermsDocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const version = readVersion(location.search);
  const query = useQuery(moneyQueries.terms(id, version));
  return (
    <ContractDocPage contractId={id} title={t('money.terms.title')} titleId="terms-doc-title" query={query}>
      {(doc) => <TermsView doc={doc} requested={version} />}
    </ContractDocPage>
  );
}

function TermsView({ doc, requested }: { doc: TermsDocument; requested: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const base = `/contracts/${encodeURIComponent(doc.contractId)}/terms`;
  const older = requested !== null;
  const earlier = older ? [] : Array.from({ length: doc.version - 1 }, (_, i) => i + 1);

  return (
    <>
      <PrintButton />
      {older && (
        <div className="alert alert-info no-print">
          <p>{t('money.terms.olderNotice')}</p>
          <p>
            <Link to={base}>{t('money.terms.latestLink')}</Link>
          </p>
        </div>
      )}
      <article className="doc card" aria-labelledby="terms-doc-title">
        <header className="doc-head">
          <dl className="doc-meta">
            <div>
              <dt>{t('money.doc.issuedAt')}</dt>
              <dd>
                <time dateTime={doc.issuedAt}>{formatDate(doc.issuedAt, lang)}</time>
              </dd>
            </div>
            {doc.commissionedOn && (
              <div>
                <dt>{t('money.terms.commissionedOn')}</dt>
                <dd>{formatPlainDate(doc.commissionedOn, lang)}</dd>
              </div>
            )}
            <div>
              <dt>{t('money.terms.versionLabel')}</dt>
              <dd>{t('money.terms.version', { n: doc.version })}</dd>
            </div>
            <div>
              <dt>{t('money.doc.contractId')}</dt>
              <dd className="doc-id">{doc.contractId}</dd>
            </div>
            {doc.orderId && (
              <div>
                <dt>{t('money.terms.orderId')}</dt>
                <dd className="doc-id">{doc.orderId}</dd>
              </div>
            )}
          </dl>
        </header>
        <p className="doc-lead">{t('money.terms.lead')}</p>

        <section aria-labelledby="terms-parties" className="doc-section">
          <h2 id="terms-parties">{t('money.terms.parties')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('money.terms.client')}</dt>
              <dd>@{doc.client.username}</dd>
            </div>
            <div>
              <dt>{t('money.terms.worker')}</dt>
              <dd>@{doc.worker.username}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="terms-work" className="doc-section">
          <h2 id="terms-work">{t('money.terms.work')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('money.terms.workTitle')}</dt>
              <dd>{doc.work.title}</dd>
            </div>
            {doc.work.description && (
              <div>
                <dt>{t('money.terms.workDescription')}</dt>
                <dd className="doc-text">{doc.work.description}</dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="terms-money" className="doc-section">
          <h2 id="terms-money">{t('money.terms.milestones')}</h2>
          <TermsMilestones doc={doc} />

          <h3 className="doc-subhead">{t('money.terms.totals')}</h3>
          <dl className="doc-totals">
            <div>
              <dt>{t('money.terms.totalAmount')}</dt>
              <dd>{yen(doc.total.amount)}</dd>
            </div>
            <div>
              <dt>{t('money.terms.totalTax')}</dt>
              <dd>{yen(doc.total.tax)}</dd>
            </div>
            <div className="doc-totals-main">
              <dt>{t('money.terms.totalWithTax')}</dt>
              <dd>{yen(doc.total.withTax)}</dd>
            </div>
            <div>
              <dt>{t('money.terms.withholdingLabel')}</dt>
              <dd>
                {doc.withholding
                  ? t('money.terms.withholdingYes', { amount: yen(doc.total.withholding) })
                  : t('money.terms.withholdingNo')}
              </dd>
            </div>
          </dl>
        </section>

        <TermsActSection doc={doc} />

        <section aria-labelledby="terms-payment" className="doc-section">
          <h2 id="terms-payment">{t('money.terms.payment')}</h2>
          <p className="doc-text">{doc.payment[lang]}</p>
        </section>

        <section aria-labelledby="terms-rounding" className="doc-section">
          <h2 id="terms-rounding">{t('money.terms.rounding')}</h2>
          <p className="doc-text">{doc.rounding[lang]}</p>
        </section>

        <footer className="doc-foot">
          <p className="small">{t('money.terms.footer')}</p>
        </footer>
      </article>
      <p className="note no-print">
        {t('money.terms.consultation')}{' '}
        <Link to={`/consultations/new?contract=${encodeURIComponent(doc.contractId)}`}>{t('money.terms.consultationLink')}</Link>
      </p>

      {earlier.length > 0 && (
        <nav aria-labelledby="terms-versions" className="section no-print">
          <h2 id="terms-versions" className="h3">
            {t('money.terms.versions')}
          </h2>
          <ul className="link-list doc-versions">
            {earlier.map((n) => (
              <li key={n}>
                <Link to={`${base}?version=${n}`}>{t('money.terms.versionLink', { n })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
