import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profile } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
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
  invoiceNumber: null,
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

/** The member's own profile; an empty one before it was first saved. */
const profileQuery = () => queryOptions({ queryKey: ['my-profile'], queryFn: loadProfile });

/** プロフィール編集: the 共通情報 section with the 基本情報編集 link and the profile form. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useQuery(profileQuery());

  return (
    <Page title={t('profile.title')} crumbs={[{ to: '/mypage', label: t('myPage.title') }]}>
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
        <QueryView query={profile}>
          {(data) => <ProfileForm initial={data} onSaved={(saved) => queryClient.setQueryData(profileQuery().queryKey, saved)} />}
        </QueryView>
      </section>
    </Page>
  );
}
