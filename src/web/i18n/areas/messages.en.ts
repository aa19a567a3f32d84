// English UI text of message threads and the list of conversations; its keys are top-level
// keys of the catalogue.
import type { messagesJa } from './messages.ja';

export const messagesEn: typeof messagesJa = {
  thread: {
    title: 'Messages',
    listLabel: 'Messages so far',
    empty: 'No messages yet.',
    body: 'Message',
    bodyHint: 'Up to 4000 characters. Do not exchange contact details or arrange deals outside Yorozu.',
    send: 'Send',
    sent: 'Message sent.',
    me: 'You',
    unavailable: 'Messages with this member are not available yet.',
    attachmentsOf: 'Attachments',
    removedByStaff: 'Removed by staff',
  },
  messages: {
    title: 'Messages',
    lead: 'Your conversations, one for each application and offer.',
    empty: 'No messages yet. They appear here once you apply for a job or send an offer.',
    unread: '{{count}} unread',
    with: 'With {{name}}',
    lastAt: 'Last message: {{when}}',
    noMessages: 'No messages yet',
    subjectApplication: 'Application',
    subjectOffer: 'Offer',
    subjectContract: 'Contract',
    subjectInquiry: 'Quote request',
  },
};
