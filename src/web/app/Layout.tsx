import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { StatusMessage } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { Footer } from './Footer';
import { Header } from './Header';

type Notice = 'loggedOut';

function noticeOf(state: unknown): Notice | null {
  if (typeof state === 'object' && state !== null && 'notice' in state && state.notice === 'loggedOut') {
    return 'loggedOut';
  }
  return null;
}

/** Header, main and footer around every page; moves focus to the new page's heading. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    window.scrollTo(0, 0);
    const main = mainRef.current;
    if (!main) return;
    const focus = (target: HTMLElement) => {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      focus(heading);
      return;
    }
    // The page's code may still be loading: focus its heading when it appears.
    focus(main);
    const observer = new MutationObserver(() => {
      const h1 = main.querySelector<HTMLElement>('h1');
      if (h1) {
        observer.disconnect();
        if (document.activeElement === main) focus(h1);
      }
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 3000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location.pathname]);

  const notice = noticeOf(location.state);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('layout.skip')}
      </a>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          {notice === 'loggedOut' && <StatusMessage tone="info">{t('layout.loggedOut')}</StatusMessage>}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <Footer />
    </>
  );
}
