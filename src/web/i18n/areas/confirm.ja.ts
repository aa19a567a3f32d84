// Japanese UI text of the confirmation steps before irreversible and money-moving actions,
// and of the messages that say what the action did (merged as `confirm`).
export const confirmJa = {
  back: '戻る',
  resolve: {
    title: '{{action}}前の確認',
    done: '{{done}}(「{{title}}」)',
  },
  hire: {
    title: '{{name}}さんを採用しますか?',
    body: '採用すると、この応募の条件で{{name}}さんとの契約が作成され、{{name}}さんに通知されます。採用は取り消せません。契約ページで仮払いをすると作業が始まります。',
    confirm: '採用して契約を作成する',
    done: '{{name}}さんを採用し、契約を作成しました。',
    toContract: '契約ページへ(仮払いに進む)',
  },
  closeJob: {
    title: 'この仕事の募集を終了しますか?',
    body: '募集を終了すると、新しい応募・提出は受け付けなくなります。',
    confirm: '募集を終了する',
  },
  withdrawSubmission: {
    title: 'この提出を取り下げますか?',
    body: '取り下げた提出は元に戻せず、報酬の対象になりません。',
    confirm: '提出を取り下げる',
  },
  withdrawEntry: {
    title: '「{{title}}」を取り下げますか?',
    body: '取り下げた作品は元に戻せず、選考の対象になりません。',
    confirm: '作品を取り下げる',
  },
  acceptOffer: {
    title: 'このオファーを承諾して契約しますか?',
    body: '承諾すると、オファーの条件で依頼者との契約が作成されます。承諾は取り消せません。',
    confirm: '承諾して契約する',
  },
};
