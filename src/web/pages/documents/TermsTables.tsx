// The written terms' figures and dates: the milestones with their amounts, delivery,
// inspection and payment dates, and the Freelance Act's receipt, inspection and payment
// section. A version stored before these dates existed shows what it has.
import { useTranslation } from 'react-i18next';
import type { TermsDocument } from '../../api/money';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { formatPlainDate } from '../../lib/format';
import { DataTable, YenCells, yen } from './docParts';

export function TermsMilestones({ doc }: { doc: TermsDocument }) {
  const { t } = useTranslation();
  const lang = useLang();
  const dates = Boolean(doc.inspection);
  const date = (value: string | undefined) => (value ? formatPlainDate(value, lang) : '—');
  return (
    <DataTable caption={t('money.terms.milestonesCaption')} captionHidden stack>
      <TableHead
        columns={[
          { label: t('money.terms.position') },
          { label: t('money.terms.milestone') },
          { label: t('money.terms.amount'), className: 'num' },
          { label: t('money.terms.tax'), className: 'num' },
          dates && { label: t('money.terms.withTax'), className: 'num' },
          doc.withholding && { label: t('money.terms.withholding'), className: 'num' },
          { label: t('money.terms.dueDate') },
          dates && { label: t('money.terms.deliveredOn') },
          dates && { label: t('money.terms.inspectionDate') },
          dates && { label: t('money.terms.paymentDate') },
        ]}
      />
      <tbody>
        {doc.milestones.map((m) => (
          <tr key={m.position}>
            <td className="nowrap">{t('money.terms.positionValue', { n: m.position })}</td>
            <th scope="row">{m.title}</th>
            <YenCells
              cells={[
                { label: t('money.terms.amount'), amount: m.amount },
                { label: t('money.terms.tax'), amount: m.tax },
                dates && { label: t('money.terms.withTax'), amount: m.withTax ?? m.amount + m.tax },
                doc.withholding && { label: t('money.terms.withholding'), amount: m.withholding },
              ]}
            />
            <td className="nowrap" data-label={t('money.terms.dueDate')}>
              {date(m.dueDate)}
            </td>
            {dates && (
              <td className="nowrap" data-label={t('money.terms.deliveredOn')}>
                {m.deliveredOn ? date(m.deliveredOn) : t('money.terms.notDelivered')}
              </td>
            )}
            {dates && (
              <td className="nowrap" data-label={t('money.terms.inspectionDate')}>
                {date(m.inspectionDate)}
              </td>
            )}
            {dates && (
              <td className="nowrap" data-label={t('money.terms.paymentDate')}>
                {date(m.paymentDate)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('money.terms.total')}
          </th>
          <YenCells
            cells={[
              { label: t('money.terms.amount'), amount: doc.total.amount },
              { label: t('money.terms.tax'), amount: doc.total.tax },
              dates && { label: t('money.terms.withTax'), amount: doc.total.withTax },
              doc.withholding && { label: t('money.terms.withholding'), amount: doc.total.withholding },
            ]}
          />
          <td className="stack-hide" colSpan={dates ? 4 : 1} />
        </tr>
      </tfoot>
    </DataTable>
  );
}

/** 給付を受領する期日・場所, 検査を完了する期日, 支払期日, 支払方法. */
export function TermsActSection({ doc }: { doc: TermsDocument }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="terms-act" className="doc-section">
      <h2 id="terms-act">{t('money.terms.act')}</h2>
      <dl className="facts terms-act">
        <div>
          <dt>{t('money.terms.deliveryDate')}</dt>
          <dd>{doc.deliveryDate ? formatPlainDate(doc.deliveryDate, lang) : t('common.notSet')}</dd>
        </div>
        {doc.deliveryPlace && (
          <div>
            <dt>{t('money.terms.deliveryPlace')}</dt>
            <dd className="doc-text">{doc.deliveryPlace[lang]}</dd>
          </div>
        )}
        {doc.inspection && (
          <div>
            <dt>{t('money.terms.inspectionRule')}</dt>
            <dd className="doc-text">{doc.inspection.rule[lang]}</dd>
          </div>
        )}
        {doc.paymentDate && (
          <div>
            <dt>{t('money.terms.paymentDateLatest')}</dt>
            <dd>
              <strong>{formatPlainDate(doc.paymentDate, lang)}</strong>
            </dd>
          </div>
        )}
        {doc.paymentRule && (
          <div>
            <dt>{t('money.terms.paymentDateRule')}</dt>
            <dd className="doc-text">{doc.paymentRule[lang]}</dd>
          </div>
        )}
        {doc.paymentMethod && (
          <div>
            <dt>{t('money.terms.paymentMethod')}</dt>
            <dd className="doc-text">{doc.paymentMethod[lang]}</dd>
          </div>
        )}
        <div>
          <dt>{t('money.terms.totalWithTax')}</dt>
          <dd>{yen(doc.total.withTax)}</dd>
        </div>
      </dl>
    </section>
  );
}
