import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../components/RequireAuth';
import { NotFoundPage } from '../pages/errors/NotFoundPage';
import { HomePage } from '../pages/home/HomePage';
import { Layout } from './Layout';

/** Loads a page's code when it is first visited; `name` is the module's named export. */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const RegisterPage = page(() => import('../pages/auth/RegisterPage'), 'RegisterPage');
const RegisterSentPage = page(() => import('../pages/auth/RegisterSentPage'), 'RegisterSentPage');
const VerifyEmailPage = page(() => import('../pages/auth/VerifyEmailPage'), 'VerifyEmailPage');
const LoginPage = page(() => import('../pages/auth/LoginPage'), 'LoginPage');
const ForgotPasswordPage = page(() => import('../pages/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../pages/auth/ResetPasswordPage'), 'ResetPasswordPage');
const ConfirmEmailPage = page(() => import('../pages/auth/ConfirmEmailPage'), 'ConfirmEmailPage');
const TermsPage = page(() => import('../pages/terms/TermsPage'), 'TermsPage');
const LegalNoticePage = page(() => import('../pages/legal/LegalNoticePage'), 'LegalNoticePage');
const PrivacyPage = page(() => import('../pages/legal/PrivacyPage'), 'PrivacyPage');
const PublicProfilePage = page(() => import('../pages/users/PublicProfilePage'), 'PublicProfilePage');
const MyPage = page(() => import('../pages/mypage/MyPage'), 'MyPage');
const ProfileEditPage = page(() => import('../pages/mypage/ProfileEditPage'), 'ProfileEditPage');
const BasicInfoPage = page(() => import('../pages/mypage/BasicInfoPage'), 'BasicInfoPage');
const AccountPage = page(() => import('../pages/mypage/AccountPage'), 'AccountPage');
const WithdrawalPage = page(() => import('../pages/withdrawal/WithdrawalPage'), 'WithdrawalPage');
const WithdrawalCompletePage = page(() => import('../pages/withdrawal/WithdrawalCompletePage'), 'WithdrawalCompletePage');
const GuidePage = page(() => import('../pages/guides/GuidePage'), 'GuidePage');
const JobSearchPage = page(() => import('../pages/jobs/JobSearchPage'), 'JobSearchPage');
const WorkerSearchPage = page(() => import('../pages/discovery/WorkerSearchPage'), 'WorkerSearchPage');
const ScoutPage = page(() => import('../pages/discovery/ScoutPage'), 'ScoutPage');
const FavouritesPage = page(() => import('../pages/discovery/FavouritesPage'), 'FavouritesPage');
const MyBlocksPage = page(() => import('../pages/blocks/MyBlocksPage'), 'MyBlocksPage');
const StaffFlagsPage = page(() => import('../pages/staff/StaffFlagsPage'), 'StaffFlagsPage');
const SavedSearchesPage = page(() => import('../pages/discovery/SavedSearchesPage'), 'SavedSearchesPage');
const JobDetailPage = page(() => import('../pages/jobs/JobDetailPage'), 'JobDetailPage');
const NewJobPage = page(() => import('../pages/jobs/JobFormPage'), 'NewJobPage');
const EditJobPage = page(() => import('../pages/jobs/JobFormPage'), 'EditJobPage');
const MyJobsPage = page(() => import('../pages/mypage/MyJobsPage'), 'MyJobsPage');
const RestoreAccountPage = page(() => import('../pages/withdrawal/RestoreAccountPage'), 'RestoreAccountPage');
const ApplyPage = page(() => import('../pages/applications/ApplyPage'), 'ApplyPage');
const ApplicantsPage = page(() => import('../pages/applications/ApplicantsPage'), 'ApplicantsPage');
const ApplicationPage = page(() => import('../pages/applications/ApplicationPage'), 'ApplicationPage');
const MyApplicationsPage = page(() => import('../pages/mypage/MyApplicationsPage'), 'MyApplicationsPage');
const EntriesPage = page(() => import('../pages/entries/EntriesPage'), 'EntriesPage');
const SubmissionsPage = page(() => import('../pages/submissions/SubmissionsPage'), 'SubmissionsPage');
const MyWorkPage = page(() => import('../pages/mypage/MyWorkPage'), 'MyWorkPage');
const SendOfferPage = page(() => import('../pages/offers/SendOfferPage'), 'SendOfferPage');
const OffersPage = page(() => import('../pages/offers/OffersPage'), 'OffersPage');
const OfferPage = page(() => import('../pages/offers/OfferPage'), 'OfferPage');
const MessagesPage = page(() => import('../pages/messages/MessagesPage'), 'MessagesPage');
const NotificationsPage = page(() => import('../pages/notifications/NotificationsPage'), 'NotificationsPage');
const ContractsPage = page(() => import('../pages/contracts/ContractsPage'), 'ContractsPage');
const ContractPage = page(() => import('../pages/contracts/ContractPage'), 'ContractPage');
const TermsDocumentPage = page(() => import('../pages/documents/TermsDocumentPage'), 'TermsDocumentPage');
const ReceiptPage = page(() => import('../pages/documents/StatementDocumentPage'), 'ReceiptPage');
const PaymentNoticePage = page(() => import('../pages/documents/StatementDocumentPage'), 'PaymentNoticePage');
const JobReceiptPage = page(() => import('../pages/documents/StatementDocumentPage'), 'JobReceiptPage');
const JobPaymentNoticePage = page(() => import('../pages/documents/StatementDocumentPage'), 'JobPaymentNoticePage');
const StatementsPage = page(() => import('../pages/mypage/StatementsPage'), 'StatementsPage');
const YearlyStatementPage = page(() => import('../pages/mypage/YearlyStatementPage'), 'YearlyStatementPage');
const PayoutsPage = page(() => import('../pages/mypage/PayoutsPage'), 'PayoutsPage');
const PaymentRecordsPage = page(() => import('../pages/payouts/PaymentRecordsPage'), 'PaymentRecordsPage');
const BankAccountPage = page(() => import('../pages/mypage/BankAccountPage'), 'BankAccountPage');
const RequireStaff = page(() => import('../pages/staff/staffParts'), 'RequireStaff');
const StaffHomePage = page(() => import('../pages/staff/StaffHomePage'), 'StaffHomePage');
const StaffDepositsPage = page(() => import('../pages/staff/StaffDepositsPage'), 'StaffDepositsPage');
const StaffPayoutsPage = page(() => import('../pages/staff/StaffPayoutsPage'), 'StaffPayoutsPage');
const StaffPayoutBatchPage = page(() => import('../pages/staff/StaffPayoutBatchPage'), 'StaffPayoutBatchPage');
const PurchasePage = page(() => import('../pages/orders/PurchasePage'), 'PurchasePage');
const AskQuotePage = page(() => import('../pages/quotes/AskQuotePage'), 'AskQuotePage');
const InquiryPage = page(() => import('../pages/quotes/InquiryPage'), 'InquiryPage');
const QuotePurchasePage = page(() => import('../pages/quotes/QuotePurchasePage'), 'QuotePurchasePage');
const MyPurchasesPage = page(() => import('../pages/orders/MyOrdersPage'), 'MyPurchasesPage');
const MyOrdersPage = page(() => import('../pages/orders/MyOrdersPage'), 'MyOrdersPage');
const StaffDisputesPage = page(() => import('../pages/staff/StaffDisputesPage'), 'StaffDisputesPage');
const StaffAuditPage = page(() => import('../pages/staff/StaffAuditPage'), 'StaffAuditPage');
const StaffUsersPage = page(() => import('../pages/staff/StaffUsersPage'), 'StaffUsersPage');
const StaffUserPage = page(() => import('../pages/staff/StaffUserPage'), 'StaffUserPage');
const StaffStatisticsPage = page(() => import('../pages/staff/StaffStatisticsPage'), 'StaffStatisticsPage');
const StaffContactRequestsPage = page(() => import('../pages/staff/StaffContactRequestsPage'), 'StaffContactRequestsPage');
const StaffHeldPage = page(() => import('../pages/staff/StaffHeldPage'), 'StaffHeldPage');
const StaffHeldItemPage = page(() => import('../pages/staff/StaffHeldPage'), 'StaffHeldItemPage');
const StaffTeamPage = page(() => import('../pages/staff/StaffTeamPage'), 'StaffTeamPage');
const SecurityPage = page(() => import('../pages/security/SecurityPage'), 'SecurityPage');
const ServiceSearchPage = page(() => import('../pages/services/ServiceSearchPage'), 'ServiceSearchPage');
const ServicePage = page(() => import('../pages/services/ServicePage'), 'ServicePage');
const NewServicePage = page(() => import('../pages/services/ServiceFormPage'), 'NewServicePage');
const EditServicePage = page(() => import('../pages/services/ServiceFormPage'), 'EditServicePage');
const MyServicesPage = page(() => import('../pages/mypage/MyServicesPage'), 'MyServicesPage');
const StaffDisputePage = page(() => import('../pages/staff/StaffDisputePage'), 'StaffDisputePage');
const StaffModerationPage = page(() => import('../pages/staff/StaffModerationPage'), 'StaffModerationPage');
const StaffReportPage = page(() => import('../pages/staff/StaffReportPage'), 'StaffReportPage');
const StaffUserRestrictionsPage = page(() => import('../pages/staff/StaffUserRestrictionsPage'), 'StaffUserRestrictionsPage');
const ReportPage = page(() => import('../pages/moderation/ReportPage'), 'ReportPage');
const ConsultationFormPage = page(() => import('../pages/consultations/ConsultationFormPage'), 'ConsultationFormPage');
const MyConsultationsPage = page(() => import('../pages/consultations/MyConsultationsPage'), 'MyConsultationsPage');
const StaffConsultationsPage = page(() => import('../pages/staff/StaffConsultationsPage'), 'StaffConsultationsPage');
const StaffConsultationPage = page(() => import('../pages/staff/StaffConsultationPage'), 'StaffConsultationPage');
const MyReportsPage = page(() => import('../pages/mypage/MyReportsPage'), 'MyReportsPage');
const MyRestrictionsPage = page(() => import('../pages/mypage/MyRestrictionsPage'), 'MyRestrictionsPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="register/sent" element={<RegisterSentPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="confirm-email" element={<ConfirmEmailPage />} />
        <Route path="terms" element={<TermsPage />} />
        <Route path="legal/tokushoho" element={<LegalNoticePage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="u/:username" element={<PublicProfilePage />} />
        <Route path="guide/:persona" element={<GuidePage />} />
        <Route path="jobs" element={<JobSearchPage />} />
        <Route path="workers" element={<WorkerSearchPage />} />
        <Route path="jobs/:id" element={<JobDetailPage />} />
        <Route path="services" element={<ServiceSearchPage />} />
        <Route path="services/category/:key" element={<ServiceSearchPage />} />
        <Route path="services/:id" element={<ServicePage />} />
        <Route element={<RequireAuth />}>
          <Route path="jobs/new" element={<NewJobPage />} />
          <Route path="jobs/:id/edit" element={<EditJobPage />} />
          <Route path="services/new" element={<NewServicePage />} />
          <Route path="services/:id/edit" element={<EditServicePage />} />
          <Route path="jobs/:id/apply" element={<ApplyPage />} />
          <Route path="jobs/:id/applications" element={<ApplicantsPage />} />
          <Route path="jobs/:id/entries" element={<EntriesPage />} />
          <Route path="jobs/:id/submissions" element={<SubmissionsPage />} />
          <Route path="jobs/:id/offer" element={<SendOfferPage />} />
          <Route path="scout/:username" element={<ScoutPage />} />
          <Route path="applications/:id" element={<ApplicationPage />} />
          <Route path="offers" element={<OffersPage />} />
          <Route path="offers/:id" element={<OfferPage />} />
          <Route path="messages" element={<MessagesPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="contracts" element={<ContractsPage />} />
          <Route path="contracts/:id" element={<ContractPage />} />
          <Route path="services/:id/purchase" element={<PurchasePage />} />
          <Route path="services/:id/inquiry" element={<AskQuotePage />} />
          <Route path="inquiries/:id" element={<InquiryPage />} />
          <Route path="quotes/:id/purchase" element={<QuotePurchasePage />} />
          <Route path="contracts/:id/terms" element={<TermsDocumentPage />} />
          <Route path="contracts/:id/receipt" element={<ReceiptPage />} />
          <Route path="contracts/:id/payment-notice" element={<PaymentNoticePage />} />
          <Route path="jobs/:id/receipt" element={<JobReceiptPage />} />
          <Route path="jobs/:id/payment-notice" element={<JobPaymentNoticePage />} />
        </Route>
        <Route path="mypage" element={<RequireAuth />}>
          <Route index element={<MyPage />} />
          <Route path="profile" element={<ProfileEditPage />} />
          <Route path="profile/basic" element={<BasicInfoPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="security" element={<SecurityPage />} />
          <Route path="jobs" element={<MyJobsPage />} />
          <Route path="services" element={<MyServicesPage />} />
          <Route path="applications" element={<MyApplicationsPage />} />
          <Route path="work" element={<MyWorkPage />} />
          <Route path="favourites" element={<FavouritesPage />} />
          <Route path="blocks" element={<MyBlocksPage />} />
          <Route path="saved-searches" element={<SavedSearchesPage />} />
          <Route path="purchases" element={<MyPurchasesPage />} />
          <Route path="orders" element={<MyOrdersPage />} />
          <Route path="withdrawal" element={<WithdrawalPage />} />
          <Route path="statements" element={<StatementsPage />} />
          <Route path="statements/yearly" element={<YearlyStatementPage />} />
          <Route path="payouts" element={<PayoutsPage />} />
          <Route path="payment-records" element={<PaymentRecordsPage />} />
          <Route path="bank-account" element={<BankAccountPage />} />
          <Route path="reports" element={<MyReportsPage />} />
          <Route path="consultations" element={<MyConsultationsPage />} />
          <Route path="restrictions" element={<MyRestrictionsPage />} />
        </Route>
        <Route path="consultations/new" element={<RequireAuth />}>
          <Route index element={<ConsultationFormPage />} />
        </Route>
        <Route path="report" element={<RequireAuth />}>
          <Route index element={<ReportPage />} />
        </Route>
        <Route path="staff" element={<RequireAuth />}>
          <Route element={<RequireStaff />}>
            <Route index element={<StaffHomePage />} />
            <Route path="deposits" element={<StaffDepositsPage />} />
            <Route path="payouts" element={<StaffPayoutsPage />} />
            <Route path="payouts/batches/:id" element={<StaffPayoutBatchPage />} />
            <Route path="disputes" element={<StaffDisputesPage />} />
            <Route path="audit" element={<StaffAuditPage />} />
            <Route path="users" element={<StaffUsersPage />} />
            <Route path="users/:id" element={<StaffUserPage />} />
            <Route path="statistics" element={<StaffStatisticsPage />} />
            <Route path="flags" element={<StaffFlagsPage />} />
            <Route path="held" element={<StaffHeldPage />} />
            <Route path="contact-requests" element={<StaffContactRequestsPage />} />
            <Route path="held/:id" element={<StaffHeldItemPage />} />
            <Route path="team" element={<StaffTeamPage />} />
            <Route path="disputes/:id" element={<StaffDisputePage />} />
            <Route path="moderation" element={<StaffModerationPage />} />
            <Route path="consultations" element={<StaffConsultationsPage />} />
            <Route path="consultations/:id" element={<StaffConsultationPage />} />
            <Route path="moderation/reports/:id" element={<StaffReportPage />} />
            <Route path="users/:id/restrictions" element={<StaffUserRestrictionsPage />} />
          </Route>
        </Route>
        <Route path="withdrawal/complete" element={<WithdrawalCompletePage />} />
        <Route path="restore-account" element={<RestoreAccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
