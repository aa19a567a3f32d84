import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { isAuthPath, loginPath } from '../lib/navigation';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { useUnread } from './unread';

/** 「99+」 keeps the badge small; the full number is in the link's name. */
const badgeText = (n: number) => (n > 99 ? '99+' : String(n));

function MailIcon() {
  return (
    <svg className="header-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M3.5 6.5 12 13l8.5-6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function BellIcon() {
  return (
    <svg className="header-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M6 17V11a6 6 0 0 1 12 0v6l1.5 2h-15Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M10 21h4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** メッセージ and お知らせ with their unread counts, for a logged-in member. */
function InboxLinks() {
  const { t } = useTranslation();
  const unread = useUnread();
  return (
    <ul className="header-inbox">
      <li>
        <NavLink to="/messages" end className="header-inbox-link">
          <span className="header-inbox-icon">
            <MailIcon />
            {unread.messages > 0 && (
              <span className="count-badge" aria-hidden="true">
                {badgeText(unread.messages)}
              </span>
            )}
          </span>
          <span className="visually-hidden header-inbox-text">{t('layout.messages')}</span>
          {unread.messages > 0 && (
            <span className="visually-hidden">{t('layout.messagesUnread', { count: unread.messages })}</span>
          )}
        </NavLink>
      </li>
      <li>
        <NavLink
          to="/notifications"
          end
          className="header-inbox-link"
          aria-label={
            unread.notifications > 0
              ? t('layout.notificationsUnread', { count: unread.notifications })
              : t('layout.notifications')
          }
        >
          <span className="header-inbox-icon">
            <BellIcon />
            {unread.notifications > 0 && (
              <span className="count-badge" aria-hidden="true">
                {badgeText(unread.notifications)}
              </span>
            )}
          </span>
          <span className="visually-hidden header-inbox-text">{t('layout.notifications')}</span>
        </NavLink>
      </li>
    </ul>
  );
}

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
            <li>
              <NavLink to="/services" className="header-link">
                {t('services.nav.find')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/workers" end className="header-link">
                {t('discovery.nav')}
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
              <div className="header-member">
                <InboxLinks />
                <UserMenu user={user} />
              </div>
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
