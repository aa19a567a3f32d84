import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profile } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ProblemMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ProfileForm } from './ProfileForm';

const EMPTY_PROFILE: Profile = {
  bio: '',
  skills: [],
  occupation: null,
  hoursPerWeek: null,
  homeOnly: false,
  timesOfDay: [],
  prefecture: null,
  portfolioLinks: [],
  entityType: 'individual',
  updatedAt: null,
};

async function loadProfile(): Promise<Profile> {
  try {
    return await accountsApi.getProfile();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found') return EMPTY_PROFILE;
    throw error;
  }
}

/** プロフィール編集: the 共通情報 section with the 基本情報編集 link and the profile form. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const { state, reload } = useAsync(loadProfile, 'profile');

  return (
    <div>
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('profile.title') }]} />
      <h1>{t('profile.title')}</h1>
      <section aria-labelledby="profile-common" className="section">
        <h2 id="profile-common">{t('profile.common')}</h2>
        <p className="muted">{t('profile.commonLead')}</p>
        <ul className="link-cards">
          <li>
            <Link to="/mypage/profile/basic" className="link-card">
              <span className="link-card-title">{t('profile.basicLink')}</span>
              <span className="link-card-body">{t('profile.basicLinkBody')}</span>
            </Link>
          </li>
        </ul>

        <h3 id="profile-form-title">{t('profile.formTitle')}</h3>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <ProblemMessage problem={state.problem}>
            <Button variant="secondary" onClick={reload}>
              {t('common.retry')}
            </Button>
          </ProblemMessage>
        )}
        {state.status === 'done' && <ProfileForm initial={state.data} />}
      </section>
    </div>
  );
}
