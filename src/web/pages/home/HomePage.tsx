import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PersonaLinks } from '../guides/PersonaLinks';
import styles from './HomePage.module.css';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useDocumentTitle(null);

  const features: { title: string; body: string; mark: string; to?: string; link?: string }[] = [
    { title: t('home.orderTitle'), body: t('home.orderBody'), mark: '依' },
    { title: t('home.workTitle'), body: t('home.workBody'), mark: '働' },
    {
      title: t('services.home.title'),
      body: t('services.home.body'),
      mark: '売',
      to: '/services',
      link: t('services.home.browse'),
    },
    { title: t('home.escrowTitle'), body: t('home.escrowBody'), mark: '安' },
    { title: t('home.withdrawTitle'), body: t('home.withdrawBody'), mark: '正' },
  ];

  return (
    <div className="home">
      <section className={styles.hero} aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.heroTitle')}</h1>
        <p className={styles.heroLead}>{t('home.heroLead')}</p>
        <div className={styles.heroActions}>
          {user ? (
            <Link to="/mypage" className="btn btn-primary btn-large">
              {t('home.ctaMyPage')}
            </Link>
          ) : (
            <Link to="/register" className="btn btn-primary btn-large">
              {t('home.ctaRegister')}
            </Link>
          )}
          <Link to="/workers" className="btn btn-secondary btn-large">
            {t('discovery.nav')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="features-title" className="section">
        <h2 id="features-title">{t('home.featuresTitle')}</h2>
        <ul className={styles.featureGrid}>
          {features.map((f) => (
            <li key={f.title} className={`card ${styles.feature}`}>
              <span className={styles.featureMark} aria-hidden="true">
                {f.mark}
              </span>
              <h3>{f.title}</h3>
              <p>{f.body}</p>
              {f.to && (
                <p className={styles.featureLink}>
                  <Link to={f.to}>{f.link}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="personas-title" className="section">
        <h2 id="personas-title">{t('guides.sectionTitle')}</h2>
        <p>{t('guides.sectionLead')}</p>
        <PersonaLinks />
      </section>

      <section aria-labelledby="steps-title" className="section">
        <h2 id="steps-title">{t('home.stepsTitle')}</h2>
        <ol className={styles.steps}>
          <li>{t('home.step1')}</li>
          <li>{t('home.step2')}</li>
          <li>{t('home.step3')}</li>
        </ol>
      </section>
    </div>
  );
}
