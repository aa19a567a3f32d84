import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { isAuthPath, loginPath } from '../lib/navigation';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function Header() {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const location = useLocation();
  const here = location.pathname + location.search;
  const loginTo = location.pathname === '/' || isAuthPath(location.pathname) ? '/login' : loginPath(here);

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="logo" aria-label={t('layout.logoLabel')}>
          よろず
        </Link>
        <LanguageSwitch />
        <nav aria-label={t('layout.nav')} className="header-nav">
          <ul className="header-site-links">
            <li>
              <NavLink to="/jobs" end className="header-link">
                {t('layout.findJobs')}
              </NavLink>
            </li>
            {user && (
              <li>
                <NavLink to="/jobs/new" end className="header-link">
                  {t('layout.postJob')}
                </NavLink>
              </li>
            )}
          </ul>
          {status !== 'loading' &&
            (user ? (
              <UserMenu user={user} />
            ) : (
              <ul className="header-links">
                <li>
                  <Link to={loginTo} className="btn btn-secondary btn-small">
                    {t('layout.login')}
                  </Link>
                </li>
                <li>
                  <Link to="/register" className="btn btn-primary btn-small">
                    {t('layout.register')}
                  </Link>
                </li>
              </ul>
            ))}
        </nav>
      </div>
    </header>
  );
}
