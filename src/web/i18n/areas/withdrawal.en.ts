// English UI text of withdrawal (退会): the pre-check, the scheduled withdrawal, completion
// and undoing it; its keys are top-level keys of the catalogue.
import type { withdrawalJa } from './withdrawal.ja';

export const withdrawalEn: typeof withdrawalJa = {
  withdrawal: {
    title: 'Withdraw from Yorozu',
    lead: 'Before you withdraw, check what must be completed first and what withdrawal means. The whole procedure happens on this page.',
    summaryEligible: 'You can withdraw now.',
    summaryBlockedOne: 'Before you can withdraw, complete the item below.',
    summaryBlocked: 'Before you can withdraw, complete the {{count}} items below.',
    summarySchedulable:
      'Only payouts on their way to your bank remain. If you go ahead now, you are withdrawn automatically once they have been transferred (scheduled withdrawal).',
    blockersTitle: 'To complete before withdrawing',
    roleWorker: 'As a worker',
    roleClient: 'As a client',
    roleBoth: 'Both roles',
    count: '{{count}} open',
    more: '{{count}} more not listed here.',
    clearsAt: 'Clears by itself by {{date}}',
    expectedAt: 'Transfer expected on {{date}}; clears when staff have made it',
    expectedByDelivery:
      'Expected to end around {{date}} (the delivery date and the acceptance window); clears once delivered and accepted',
    followedByTitle: 'What happens next',
    startsWait: 'Before you press: {{text}}',
    blockerClearsAt: 'All of these clear by themselves by {{date}}',
    withCountdown: '{{when}} ({{left}})',
    dayLeft: '1 day left',
    daysLeft: '{{n}} days left',
    hourLeft: 'less than an hour left',
    hoursLeft: '{{n}} hours left',
    clearingSoon: 'clearing shortly',
    warningsTitle: 'What happens when you withdraw',
    recordReset:
      'Your track record, ratings and rank are all reset and cannot be brought back. They are not carried over if you register again.',
    usernameReserved:
      'Your username “{{username}}” will never be given to anyone else, even after you withdraw. For the same reason, you cannot use it again if you register again.',
    directDealRule:
      'For 5 years after withdrawing, dealing directly with people you met on Yorozu, outside Yorozu, is still prohibited (terms of use, article 7).',
    balancePaidOut:
      'Your unpaid earnings of {{amount}} are transferred in full to your registered bank account, free of charge, before the withdrawal takes effect.',
    heldItemsDiscarded:
      'You have {{count}} post(s) waiting for staff review. If you withdraw, they are discarded without being sent or published (this does not stop the withdrawal). If you need them, wait for the outcome in your notifications before withdrawing.',
    logoutIsDifferent:
      'Logging out is not withdrawing. If you only want to take a break, log out instead: your account and track record stay as they are.',
    undoWindow:
      'For {{days}} days after withdrawing, you can undo it from the link in the withdrawal mail. If you choose “Erase my personal data now”, it cannot be undone.',
    exportTitle: 'Download your data',
    exportBody:
      'Download your data at Yorozu as one JSON file: basic information (email address, username, display name, registration date), profile, postings, applications, offers, messages, contracts (milestones, history, written terms), task submissions and competition entries, reviews written and received, escrow payments, earnings and payout requests, notifications. Secrets such as your password and account number are not included (the account is named by its last digits). After withdrawing you can no longer download it, so save it first if you need it.',
    exportLink: 'Download your data (JSON)',
    formTitle: 'Withdraw',
    formLead:
      'Check the information above, enter your password and press “Withdraw”. The withdrawal takes effect at once and you are logged out.',
    blockedNotice: 'Once every item above is complete, you can withdraw here.',
    reasons: 'Reasons for leaving (optional, choose any)',
    reasonsHint: 'We use them to improve the service. Answers are counted without linking them to you.',
    otherReason: 'Other reasons or comments (optional)',
    otherReasonHint: 'Up to 1000 characters.',
    eraseNow: 'Erase my personal data now (cannot be undone)',
    eraseNowHint: 'If you check this, your personal data is erased as you withdraw, and there is no {{days}}-day undo period.',
    password: 'Password',
    passwordHint: 'Enter it to confirm it is you',
    submit: 'Withdraw',
    submitSchedule: 'Schedule my withdrawal',
    scheduleFormTitle: 'Schedule your withdrawal',
    scheduleFormLead:
      'Check the information above, enter your password and press “Schedule my withdrawal”. You are withdrawn automatically once the payouts have been transferred. Until then you stay logged in, but you cannot apply for jobs or place new orders. You can cancel the schedule on this page at any time. If the payouts have already been transferred, you are withdrawn and logged out at once.',
    scheduledTitle: 'Your withdrawal is scheduled',
    scheduledRequested: 'You scheduled your withdrawal on {{date}}.',
    scheduledCompletes:
      'You are withdrawn automatically once the payouts have been transferred (expected transfer date: {{date}}).',
    scheduledCompletesUndated: 'You are withdrawn automatically once the payouts have been transferred.',
    scheduledMeanwhile: 'Until then, you cannot apply for jobs or place new orders.',
    scheduledTransferFails:
      'If a transfer fails, the schedule is cancelled and we let you know in your notifications. The money goes back to your earnings balance.',
    scheduledCancelNote: 'To keep using Yorozu, cancel the schedule with the button below.',
    scheduleCancel: 'Cancel the scheduled withdrawal',
    scheduleCancelTitle: 'Cancel your scheduled withdrawal?',
    scheduleCancelBody: 'You can then use Yorozu as before. Your payout requests go ahead as they are.',
    scheduleCancelConfirm: 'Cancel the schedule',
    scheduleCancelBack: 'Go back',
    scheduledNotice: 'Your withdrawal is scheduled. You will be withdrawn once the transfer expected on {{date}} is done.',
    scheduledNoticeUndated: 'Your withdrawal is scheduled. You will be withdrawn once the payouts have been transferred.',
    scheduleCancelled: 'Your scheduled withdrawal has been cancelled.',
  },
  withdrawing: {
    title: 'Your withdrawal is scheduled',
    body: 'You will leave by yourself once your payouts are transferred. Until then you cannot apply or post new jobs.',
    apply: 'While your withdrawal is scheduled you cannot apply. To keep using Yorozu, cancel the reservation first.',
    post: 'While your withdrawal is scheduled you cannot post jobs. To keep using Yorozu, cancel the reservation first.',
    link: 'See or cancel the reservation',
  },
  withdrawalComplete: {
    title: 'You have withdrawn',
    lead: 'Thank you for using Yorozu.',
    doneTitle: 'What was done',
    loggedOut: 'You have been logged out.',
    dataErased:
      'Your personal data, such as your email address, display name and profile, has been removed from the account. Your public profile now shows “Withdrawn user”.',
    usernameKept:
      'Your username “{{username}}” stays reserved so that nobody else can use it. You cannot register with it again.',
    usernameKeptGeneric: 'Your username stays reserved so that nobody else can use it. You cannot register with it again.',
    balance: 'Your unpaid earnings of {{amount}} are transferred in full to your registered bank account, free of charge.',
    undoTitle: 'Undoing the withdrawal',
    undoUntil: 'Until {{date}}, you can undo it from the link in the withdrawal mail.',
    undoNote: 'Until then your personal data is kept encrypted in case you undo; after that it is erased completely.',
    erased: 'All your personal data has been erased. This cannot be undone.',
    generic: 'Your withdrawal is complete. If it can be undone, the withdrawal mail gives the deadline and the link.',
    registerNote: 'You can also register again with the same email address (your track record is not carried over).',
    homeLink: 'Go to the top page',
    registerLink: 'Sign up again',
  },
  restore: {
    title: 'Undo withdrawal',
    lead: 'Undo your withdrawal and restore your account.',
    body: 'Your account and what you registered return to how they were before you withdrew, and you can log in again with the same email address and password.',
    submit: 'Undo withdrawal',
    success: 'Your account has been restored. Please log in.',
    loginLink: 'Log in',
    registerLink: 'Sign up again',
    missingToken: 'The link has no undo token. Open the link exactly as it appears in the withdrawal mail.',
  },
};
