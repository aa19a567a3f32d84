// English UI text of competition entries; its keys are top-level keys of the catalogue.
import type { competitionsJa } from './competitions.ja';

export const competitionsEn: typeof competitionsJa = {
  entries: {
    titleWorker: 'Enter your work',
    titleClient: 'Entries',
    lead: 'Read the entry rules first. You can enter up to 5 works per competition.',
    leadClient: 'Works entered in this competition.',
    entryTitle: 'Title of the work',
    entryTitleHint: 'Up to 80 characters',
    description: 'Description',
    descriptionHint: 'Optional. The idea behind the work and what you paid attention to (up to 4000 characters).',
    submit: 'Enter the work',
    submitted: '“{{title}}” entered.',
    mine: 'Your entries',
    mineEmpty: 'You have not entered any works yet.',
    empty: 'No entries yet.',
    withdraw: 'Withdraw',
    withdrawn: '“{{title}}” withdrawn.',
    statusSubmitted: 'Entered',
    statusWithdrawn: 'Withdrawn',
    by: 'By',
    submittedAt: 'Entered',
    notCompetition: 'This is not a competition, so works cannot be entered.',
    closed: 'This competition is not taking entries.',
    own: 'You posted this competition.',
    toJob: 'Back to the job',
  },
};
