// Japanese UI text of message threads and the list of conversations; its keys are top-
// level keys of the catalogue.
export const messagesJa = {
  thread: {
    title: 'メッセージ',
    listLabel: 'これまでのメッセージ',
    empty: 'まだメッセージはありません。',
    body: 'メッセージ',
    bodyHint: '4000文字以内。連絡先の交換や、よろずを通さない取引の相談はできません。',
    send: '送信する',
    sent: 'メッセージを送信しました。',
    me: 'あなた',
    unavailable: 'この相手とのメッセージはまだ使えません。',
    attachmentsOf: '添付ファイル',
    removedByStaff: 'スタッフにより削除されました',
  },
  messages: {
    title: 'メッセージ',
    lead: '応募やスカウトごとに、相手とのメッセージをまとめています。',
    empty: 'まだメッセージはありません。仕事に応募したり、スカウトを送ったりすると、ここに表示されます。',
    unread: '未読 {{count}}',
    with: '相手: {{name}}',
    lastAt: '最終メッセージ: {{when}}',
    noMessages: 'メッセージはまだありません',
    subjectApplication: '応募',
    subjectOffer: 'スカウト',
    subjectContract: '契約',
    subjectInquiry: '見積り相談',
  },
};
