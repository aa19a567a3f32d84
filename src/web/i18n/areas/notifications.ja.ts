// Japanese UI text of the notifications page; its keys are top-level keys of the
// catalogue.
export const notificationsJa = {
  notifications: {
    title: 'お知らせ',
    lead: '応募・選考・スカウトなどのお知らせです。開くと既読になります。',
    readAll: 'すべて既読にする',
    readAllDone: 'すべて既読にしました。',
    unread: '未読',
    empty: 'お知らせはありません。',
    listLabel: 'お知らせの一覧',
  },
};
