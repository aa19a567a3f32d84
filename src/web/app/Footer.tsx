import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p className="footer-logo">よろず</p>
        <p className="footer-about">{t('layout.footerAbout')}</p>
        <nav aria-label={t('layout.footerNav')}>
          <ul className="footer-links">
            <li>
              <Link to="/terms">{t('layout.terms')}</Link>
            </li>
            <li>
              <Link to="/privacy">{t('layout.privacy')}</Link>
            </li>
            <li>
              <Link to="/legal/tokushoho">{t('layout.tokushoho')}</Link>
            </li>
          </ul>
        </nav>
        <p className="footer-copy">{t('layout.copyright')}</p>
      </div>
    </footer>
  );
}
