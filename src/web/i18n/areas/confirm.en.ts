import type { confirmJa } from './confirm.ja';

export const confirmEn: typeof confirmJa = {
  back: 'Back',
  resolve: {
    title: 'Please confirm: {{action}}',
    done: '{{done}} (“{{title}}”)',
  },
  hire: {
    title: 'Hire {{name}}?',
    body: "Hiring makes a contract with {{name}} on this application's terms and tells {{name}}. A hire cannot be undone. Work starts once you fund the contract on its page.",
    confirm: 'Hire and make the contract',
    done: 'You hired {{name}} and the contract has been made.',
    toContract: 'Go to the contract (fund it)',
  },
  closeJob: {
    title: 'Close this job?',
    body: 'Once closed, the job takes no new applications or submissions.',
    confirm: 'Close the job',
  },
  withdrawSubmission: {
    title: 'Withdraw this submission?',
    body: 'A withdrawn submission cannot be restored and will not be paid.',
    confirm: 'Withdraw the submission',
  },
  withdrawEntry: {
    title: 'Withdraw “{{title}}”?',
    body: 'A withdrawn entry cannot be restored and will not be judged.',
    confirm: 'Withdraw the entry',
  },
  acceptOffer: {
    title: 'Accept this offer and make the contract?',
    body: "Accepting makes a contract with the client on the offer's terms. It cannot be undone.",
    confirm: 'Accept and make the contract',
  },
};
