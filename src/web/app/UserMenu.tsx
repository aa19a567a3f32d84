import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../shared/api/accounts';
import { useAuth } from './auth';

/** The member's disclosure menu in the header: マイページ links, then ログアウト. */
export function UserMenu({ user }: { user: Me }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = `user-menu${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // Close when the page changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  const onLogout = async () => {
    setBusy(true);
    await logout();
    setOpen(false);
    setBusy(false);
  };

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu-name" data-testid="header-display-name" title={user.displayName}>
          {user.displayName}
        </span>
        <span className="visually-hidden">{t('layout.menuSuffix')}</span>
        <span className="user-menu-caret" aria-hidden="true" />
      </button>
      <nav id={panelId} className="user-menu-panel" hidden={!open} aria-label={t('layout.menuLabel')}>
        <ul className="user-menu-links">
          <li>
            <Link to="/mypage">{t('layout.myPage')}</Link>
          </li>
          <li>
            <Link to="/mypage/jobs">{t('layout.myJobs')}</Link>
          </li>
          <li>
            <Link to="/mypage/services">{t('services.nav.mine')}</Link>
          </li>
          <li>
            <Link to="/mypage/applications">{t('layout.myApplications')}</Link>
          </li>
          <li>
            <Link to="/mypage/work">{t('work.mine.menuLink')}</Link>
          </li>
          <li>
            <Link to="/mypage/favourites">{t('discovery.favourites.title')}</Link>
          </li>
          <li>
            <Link to="/mypage/saved-searches">{t('discovery.savedSearches.title')}</Link>
          </li>
          <li>
            <Link to="/contracts">{t('contracts.myPageLink')}</Link>
          </li>
          <li>
            <Link to="/mypage/payouts">{t('payouts.myPage.link')}</Link>
          </li>
          <li>
            <Link to="/offers">{t('layout.offers')}</Link>
          </li>
          <li>
            <Link to="/messages">{t('layout.messages')}</Link>
          </li>
          <li>
            <Link to="/notifications">{t('layout.notifications')}</Link>
          </li>
          <li>
            <Link to="/mypage/profile">{t('layout.profileEdit')}</Link>
          </li>
          <li>
            <Link to="/mypage/account">{t('layout.account')}</Link>
          </li>
          {user.staffRole && (
            <li>
              <Link to="/staff">{t('money.staff.menu')}</Link>
            </li>
          )}
        </ul>
        <div className="user-menu-logout">
          <button type="button" className="btn btn-secondary btn-block" onClick={() => void onLogout()} disabled={busy}>
            {t('layout.logout')}
          </button>
        </div>
      </nav>
    </div>
  );
}
