import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OperatorInfo } from '../../../shared/api/operator';
import { PRIVACY_DATA_KINDS } from '../../../shared/privacy-policy';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './Legal.module.css';
import { OperatorContact, WithOperator } from './OperatorDetails';

/**
 * /privacy — プライバシーポリシー: the operator from the settings, and what is kept, why and
 * for how long from the data map (every table holding personal data is in one kind).
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('legal.privacy.title'));
  return (
    <article className={styles.legal}>
      <h1>{t('legal.privacy.title')}</h1>
      <WithOperator>{(operator) => <Policy operator={operator} />}</WithOperator>
    </article>
  );
}

function Policy({ operator }: { operator: OperatorInfo }) {
  const { t } = useTranslation();
  const disclosures = t('legal.privacy.disclosureItems', { returnObjects: true }) as string[];
  return (
    <>
      <p>{t('legal.privacy.intro', { operator: operator.legalName })}</p>
      <section className={styles.section} aria-labelledby="privacy-kinds">
        <h2 id="privacy-kinds">{t('legal.privacy.kindsTitle')}</h2>
        {PRIVACY_DATA_KINDS.map((kind) => (
          <section key={kind.id} className={`card ${styles.kind}`} aria-labelledby={`kind-${kind.id}`} data-testid="privacy-kind">
            <h3 id={`kind-${kind.id}`}>{kind.title}</h3>
            <dl>
              <dt>{t('legal.privacy.items')}</dt>
              <dd>{kind.items}</dd>
              <dt>{t('legal.privacy.purpose')}</dt>
              <dd>{kind.purpose}</dd>
              <dt>{t('legal.privacy.retention')}</dt>
              <dd>{kind.retention}</dd>
            </dl>
          </section>
        ))}
      </section>
      <section className={styles.section}>
        <h2>{t('legal.privacy.disclosureTitle')}</h2>
        <p>{t('legal.privacy.disclosureBody')}</p>
        <ul>
          {disclosures.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
      <section className={styles.section}>
        <h2>{t('legal.privacy.requestsTitle')}</h2>
        <p>{t('legal.privacy.requestsBody')}</p>
        <p>
          <Link to="/mypage/account">{t('legal.privacy.exportLink')}</Link>
        </p>
      </section>
      <section className={styles.section}>
        <h2>{t('legal.privacy.withdrawalTitle')}</h2>
        <p>{t('legal.privacy.withdrawalBody')}</p>
      </section>
      <section className={styles.section}>
        <h2>{t('legal.privacy.safetyTitle')}</h2>
        <p>{t('legal.privacy.safetyBody')}</p>
      </section>
      <section className={styles.section}>
        <h2>{t('legal.privacy.contactTitle')}</h2>
        <OperatorContact operator={operator} />
        <p>
          <Link to="/legal/tokushoho">{t('layout.tokushoho')}</Link>
        </p>
      </section>
    </>
  );
}
