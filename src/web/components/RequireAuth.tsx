import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../app/auth';
import { loginPath } from '../lib/navigation';
import { Button } from './Button';
import { Loading } from './Loading';

const SECURITY_PATH = '/mypage/security';

/** Shows the nested routes to a logged-in member; otherwise sends them to /login?next=… */
export function RequireAuth() {
  const { t } = useTranslation();
  const { status, user, refresh } = useAuth();
  const location = useLocation();

  if (status === 'loading') return <Loading />;
  if (status === 'failed') {
    return (
      <div role="alert" className="alert alert-error">
        <p>{t('errors.sessionLoadFailed')}</p>
        <Button variant="secondary" onClick={() => void refresh()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  // A staff account without a second factor can use nothing before setting one up.
  if (user.secondFactor === 'enrolment-required' && location.pathname !== SECURITY_PATH)
    return <Navigate to={SECURITY_PATH} replace />;
  return <Outlet />;
}
