// The qualified-invoice part of a receipt or payment notice: for each issuer (the
// operator for its fees, the worker for the work) the registration number or the
// statement that it is not a qualified invoice, and the total and tax per rate, the tax
// rounded once on the document, with the difference from the lines when there is one.
import { useTranslation } from 'react-i18next';
import type { ContractStatement } from '../../api/money';
import { TableHead } from '../../components/money/TableHead';
import { DataTable, yen } from './docParts';

type Part = ContractStatement['invoice'][number];

export function InvoiceParts({ statement: s }: { statement: ContractStatement }) {
  const { t } = useTranslation();
  const receipt = s.kind === 'receipt';
  return (
    <section aria-labelledby="statement-qualified" className="doc-section">
      <h2 id="statement-qualified">{t('money.statement.qualified')}</h2>
      {s.invoice.map((part, i) => (
        // The parts come in a fixed order: the work (one per worker), then the fees.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <InvoicePartView key={i} part={part} receipt={receipt} />
      ))}
      <p className="muted small">{t('money.statement.rounding')}</p>
      {s.withholding.amount !== 0 && (
        <p className="small" data-testid="withholding-note">
          {t(receipt ? 'money.statement.withholdingReceipt' : 'money.statement.withholdingNotice', {
            amount: yen(s.withholding.amount),
            base: yen(s.withholding.base),
          })}
        </p>
      )}
      {s.sharedPrize && <p className="small">{t('money.statement.sharedPrize')}</p>}
    </section>
  );
}

function InvoicePartView({ part, receipt }: { part: Part; receipt: boolean }) {
  const { t } = useTranslation();
  const work = part.subject === 'work';
  const values = { issuer: part.issuer, number: part.invoiceNumber };
  const statement = !part.qualified
    ? t(work ? 'money.statement.workNotQualified' : 'money.statement.feesNotQualified', values)
    : work
      ? t(receipt ? 'money.statement.workQualifiedReceipt' : 'money.statement.workQualifiedNotice', values)
      : t('money.statement.feesQualified', values);
  const heading = t(work ? 'money.statement.partWork' : 'money.statement.partFees', values);
  return (
    <div className="doc-part" data-testid={`invoice-part-${part.subject}`}>
      <h3>{heading}</h3>
      <p className="small">{statement}</p>
      {part.rates.length > 0 && (
        <DataTable caption={heading} captionHidden stack>
          <TableHead
            columns={[
              { label: t('money.statement.rateColumn') },
              {
                label: part.rates[0]?.taxIncluded
                  ? t('money.statement.rateTotalIncluded')
                  : t('money.statement.rateTotalExcluded'),
                className: 'num',
              },
              { label: t('money.statement.rateTax'), className: 'num' },
            ]}
          />
          <tbody>
            {part.rates.map((r) => (
              <tr key={r.ratePercent}>
                <th scope="row" data-label={t('money.statement.rateColumn')}>
                  {t('money.statement.rateValue', { rate: r.ratePercent })}
                </th>
                <td
                  className="num"
                  data-label={r.taxIncluded ? t('money.statement.rateTotalIncluded') : t('money.statement.rateTotalExcluded')}
                >
                  {yen(r.total)}
                </td>
                <td className="num strong" data-label={t('money.statement.rateTax')}>
                  {yen(r.tax)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {part.rates
        .filter((r) => r.difference !== 0)
        .map((r) => (
          <p key={r.ratePercent} className="muted small">
            {t('money.statement.difference', { posted: yen(r.postedTax), diff: yen(Math.abs(r.difference)) })}
          </p>
        ))}
    </div>
  );
}
