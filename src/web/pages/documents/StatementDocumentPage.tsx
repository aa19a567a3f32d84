import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ContractStatement, moneyQueries, type StatementKind } from '../../api/money';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { ContractDocPage } from './ContractDocPage';
import { DataTable, formatAnyDate, PrintButton, useKindLabel, YenCells, yen } from './docParts';
import { InvoiceParts } from './InvoiceParts';

/** /contracts/:id/receipt — 領収書, for the contract's client. */
export function ReceiptPage() {
  return <StatementDocumentPage kind="receipt" />;
}

/** /contracts/:id/payment-notice — 支払通知書, for the contract's worker. */
export function PaymentNoticePage() {
  return <StatementDocumentPage kind="payment_notice" />;
}

/** /jobs/:id/receipt — 領収書 of a task or competition, for its client. */
export function JobReceiptPage() {
  return <StatementDocumentPage kind="receipt" job />;
}

/** /jobs/:id/payment-notice — 支払通知書 of a task or competition, for a worker paid from it. */
export function JobPaymentNoticePage() {
  return <StatementDocumentPage kind="payment_notice" job />;
}

function StatementDocumentPage({ kind, job = false }: { kind: StatementKind; job?: boolean }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const receipt = kind === 'receipt';
  const query = useQuery(job ? moneyQueries.jobStatement(id, kind) : moneyQueries.statement(id, kind));
  const refusal = job
    ? receipt
      ? t('money.statement.jobReceiptOnlyClient')
      : t('money.statement.jobNoticeOnlyWorker')
    : receipt
      ? t('money.statement.receiptOnlyClient')
      : t('money.statement.noticeOnlyWorker');
  return (
    <ContractDocPage
      contractId={id}
      jobId={job ? id : undefined}
      title={receipt ? t('money.statement.receipt') : t('money.statement.paymentNotice')}
      query={query}
      explain={(problem) => (problem.code === 'forbidden' ? { ...problem, detail: refusal } : null)}
    >
      {(statement) => <StatementView statement={statement} />}
    </ContractDocPage>
  );
}

function StatementView({ statement: s }: { statement: ContractStatement }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kindLabel = useKindLabel();
  const receipt = s.kind === 'receipt';
  const addressee = receipt || !s.worker ? s.client : s.worker;

  return (
    <>
      <PrintButton />
      <div className="doc card">
        <header className="doc-head">
          <div className="doc-addressee">
            <p className="doc-addressee-name">{t('money.doc.honorific', { name: addressee.displayName })}</p>
            <p className="muted small">@{addressee.username}</p>
          </div>
          <dl className="doc-meta">
            <div>
              <dt>{t('money.doc.issuedOn')}</dt>
              <dd>
                <time dateTime={s.issuedAt}>{formatDate(s.issuedAt, lang)}</time>
              </dd>
            </div>
            <div>
              <dt>{s.jobId ? t('money.statement.jobId') : t('money.doc.contractId')}</dt>
              <dd className="doc-id">{s.jobId ?? s.contractId}</dd>
            </div>
          </dl>
        </header>

        <div className="doc-amount">
          <p className="doc-amount-label">{receipt ? t('money.statement.receiptTotal') : t('money.statement.noticeTotal')}</p>
          <p className="doc-amount-value">{yen(s.total)}</p>
        </div>
        <p className="doc-lead">
          {receipt ? t('money.statement.receiptFor', { title: s.title }) : t('money.statement.noticeFor', { title: s.title })}
          <br />
          {receipt ? t('money.statement.receiptLead') : t('money.statement.noticeLead')}
        </p>

        <section aria-labelledby="statement-lines" className="doc-section">
          <h2 id="statement-lines">{t('money.statement.lines')}</h2>
          {s.lines.length === 0 ? (
            <p className="muted">{t('money.statement.empty')}</p>
          ) : (
            <DataTable caption={t('money.statement.linesCaption')} captionHidden stack className="data-table-wide">
              <TableHead
                columns={[
                  { label: t('money.statement.milestone') },
                  { label: t('money.statement.date') },
                  { label: t('money.statement.kind') },
                  { label: t('money.statement.amount'), className: 'num' },
                  { label: t('money.statement.tax'), className: 'num' },
                  { label: t('money.statement.fee'), className: 'num' },
                  { label: t('money.statement.feeTax'), className: 'num' },
                  { label: t('money.statement.withholding'), className: 'num' },
                  { label: t('money.statement.lineTotal'), className: 'num' },
                ]}
              />
              <tbody>
                {s.lines.map((line, i) => (
                  // Lines have no id; their order is fixed by the server.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  <tr key={i}>
                    <th scope="row" data-label={t('money.statement.milestone')}>
                      {line.milestone}
                    </th>
                    <td className="nowrap" data-label={t('money.statement.date')}>
                      {formatAnyDate(line.date, lang)}
                    </td>
                    <td className="nowrap" data-label={t('money.statement.kind')}>
                      {kindLabel(line.kind)}
                    </td>
                    <YenCells
                      cells={[
                        { label: t('money.statement.amount'), amount: line.amount },
                        { label: t('money.statement.tax'), amount: line.tax },
                        { label: t('money.statement.fee'), amount: line.fee },
                        { label: t('money.statement.feeTax'), amount: line.feeTax },
                        { label: t('money.statement.withholding'), amount: line.withholding },
                        { label: t('money.statement.lineTotal'), amount: line.total, strong: true },
                      ]}
                    />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={8}>
                    {t('money.statement.total')}
                  </th>
                  <td className="num strong">{yen(s.total)}</td>
                </tr>
              </tfoot>
            </DataTable>
          )}
        </section>

        <InvoiceParts statement={s} />

        <footer className="doc-foot doc-issuer">
          <dl className="doc-meta">
            <div>
              <dt>{t('money.statement.contract')}</dt>
              <dd>{s.title}</dd>
            </div>
            <div>
              <dt>{t('money.statement.issuer')}</dt>
              <dd className="strong" data-testid="issuer-name">
                {s.platform.name}
              </dd>
            </div>
            <div>
              <dt>{t('money.statement.issuerAddress')}</dt>
              <dd>
                〒{s.platform.postalCode} {s.platform.address}
              </dd>
            </div>
            {s.platform.invoiceNumber && (
              <div>
                <dt>{t('money.statement.invoiceNumber')}</dt>
                <dd>{s.platform.invoiceNumber}</dd>
              </div>
            )}
          </dl>
        </footer>
      </div>
    </>
  );
}
