import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTENTS } from '../../../shared/labels';
import { useAuth } from '../../app/auth';
import { Fact } from '../../components/facts/Fact';
import { WithdrawingNotice } from '../../components/WithdrawingNotice';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { EarningsSummary } from './EarningsSummary';
import styles from './MyPage.module.css';
import { RestrictionBanner } from './MyRestrictionsPage';

export function MyPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useAuth();
  useDocumentTitle(t('myPage.title'));
  if (!user) return null;

  return (
    <div>
      <h1>{t('myPage.title')}</h1>
      <WithdrawingNotice />
      <RestrictionBanner />
      <div className={`card ${styles.greeting}`}>
        <p className={styles.greetingName}>{t('myPage.greeting', { name: user.displayName })}</p>
        <p className="muted">@{user.username}</p>
      </div>

      <EarningsSummary />

      <section aria-labelledby="mypage-menu" className="section">
        <h2 id="mypage-menu">{t('myPage.menuTitle')}</h2>
        <ul className="link-cards">
          <li>
            <Link to="/mypage/jobs" className="link-card">
              <span className="link-card-title">{t('myPage.myJobs')}</span>
              <span className="link-card-body">{t('myPage.myJobsBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/services" className="link-card">
              <span className="link-card-title">{t('services.nav.mine')}</span>
              <span className="link-card-body">{t('services.nav.mineBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/applications" className="link-card">
              <span className="link-card-title">{t('myPage.myApplications')}</span>
              <span className="link-card-body">{t('myPage.myApplicationsBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/work" className="link-card">
              <span className="link-card-title">{t('work.mine.title')}</span>
              <span className="link-card-body">{t('work.mine.menuBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/favourites" className="link-card">
              <span className="link-card-title">{t('discovery.favourites.title')}</span>
              <span className="link-card-body">{t('discovery.favourites.menuBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/blocks" className="link-card">
              <span className="link-card-title">{t('blocks.menu')}</span>
              <span className="link-card-body">{t('blocks.menuBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/saved-searches" className="link-card">
              <span className="link-card-title">{t('discovery.savedSearches.title')}</span>
              <span className="link-card-body">{t('discovery.savedSearches.menuBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/purchases" className="link-card">
              <span className="link-card-title">{t('myOrders.purchasesTitle')}</span>
              <span className="link-card-body">{t('myOrders.purchasesMenu')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/orders" className="link-card">
              <span className="link-card-title">{t('myOrders.ordersTitle')}</span>
              <span className="link-card-body">{t('myOrders.ordersMenu')}</span>
            </Link>
          </li>
          <li>
            <Link to="/contracts" className="link-card">
              <span className="link-card-title">{t('contracts.myPageLink')}</span>
              <span className="link-card-body">{t('contracts.myPageLinkBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/offers" className="link-card">
              <span className="link-card-title">{t('myPage.offers')}</span>
              <span className="link-card-body">{t('myPage.offersBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/statements" className="link-card">
              <span className="link-card-title">{t('money.myPage.statements')}</span>
              <span className="link-card-body">{t('money.myPage.statementsBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/payouts" className="link-card">
              <span className="link-card-title">{t('payouts.myPage.link')}</span>
              <span className="link-card-body">{t('payouts.myPage.linkBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/bank-account" className="link-card">
              <span className="link-card-title">{t('bank.myPage.link')}</span>
              <span className="link-card-body">{t('bank.myPage.linkBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/messages" className="link-card">
              <span className="link-card-title">{t('myPage.messages')}</span>
              <span className="link-card-body">{t('myPage.messagesBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/reports" className="link-card">
              <span className="link-card-title">{t('moderation.myReports.title')}</span>
              <span className="link-card-body">{t('moderation.myReports.lead')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/consultations" className="link-card">
              <span className="link-card-title">{t('consultations.mine.title')}</span>
              <span className="link-card-body">{t('consultations.mine.lead')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/restrictions" className="link-card">
              <span className="link-card-title">{t('moderation.restrictions.title')}</span>
              <span className="link-card-body">{t('moderation.restrictions.lead')}</span>
            </Link>
          </li>
          <li>
            <Link to="/notifications" className="link-card">
              <span className="link-card-title">{t('myPage.notifications')}</span>
              <span className="link-card-body">{t('myPage.notificationsBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/profile" className="link-card">
              <span className="link-card-title">{t('myPage.profileEdit')}</span>
              <span className="link-card-body">{t('myPage.profileEditBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/profile/basic" className="link-card">
              <span className="link-card-title">{t('myPage.basic')}</span>
              <span className="link-card-body">{t('myPage.basicBody')}</span>
            </Link>
          </li>
          <li>
            <Link to="/mypage/account" className="link-card">
              <span className="link-card-title">{t('myPage.account')}</span>
              <span className="link-card-body">{t('myPage.accountBody')}</span>
            </Link>
          </li>
        </ul>
        <p>
          <Link to={`/u/${encodeURIComponent(user.username)}`}>{t('myPage.publicProfile')}</Link>
        </p>
      </section>

      <section aria-labelledby="mypage-status" className="section">
        <h2 id="mypage-status">{t('myPage.statusTitle')}</h2>
        <dl className="facts">
          <Fact label={t('myPage.emailStatus')}>
            {user.email}{' '}
            <span className={user.emailVerified ? 'badge badge-ok' : 'badge badge-warn'}>
              {user.emailVerified ? t('myPage.verified') : t('myPage.unverified')}
            </span>
          </Fact>
          <Fact label={t('myPage.intent')}>{INTENTS[user.intent][lang]}</Fact>
          <Fact label={t('myPage.memberSince')}>{formatDate(user.createdAt, lang)}</Fact>
        </dl>
      </section>
    </div>
  );
}
