// English texts of the guides for each kind of member (/guide/:persona) and their cards on
// the home page.
import type { guidesJa } from './guides.ja';

export const guidesEn: typeof guidesJa = {
  guides: {
    home: 'Home',
    sectionTitle: 'Find your way in',
    sectionLead: 'For newcomers, people working from home, specialists and clients: how to start, and the work open right now.',
    others: 'Guides for others',
    noneOpen: 'Nothing matching is open right now. New work appears here as soon as it is posted.',
    seeAll: 'See all {{count}} open',
    seeAllCapped: 'See all {{count}}+ open',
    openCount: '{{count}} open',
    openCountCapped: '{{count}}+ open',
    countUnknown: 'Could not load the count',
    noServices: 'No matching services right now. They appear here as soon as they are published.',
    seeAllServices: 'See all {{count}} services',
    serviceCount: '{{count}} on offer',
    lists: {
      beginnerTasks: {
        title: 'Tasks for beginners',
        note: 'Short pieces of work with set steps. Each submission is approved on its own and paid when it is.',
      },
      noExperience: {
        title: 'No experience needed',
        note: 'Work you can apply for without experience. The posting and the messages explain how.',
      },
      spareTime: {
        title: 'Work for spare moments',
        note: 'Work you can do a little at a time, whenever suits you.',
      },
      remoteProjects: {
        title: 'Projects you can do from home',
        note: 'Longer work done entirely from home. Deadlines and the way of working are agreed before the contract.',
      },
      popularServices: {
        title: 'Services people buy most',
        note: 'See what other sellers offer, and at what price.',
      },
      topRatedServices: {
        title: 'Top-rated services',
        note: 'Work with a set scope and price that you can order at once, best rated by buyers first.',
      },
      bigProjects: {
        title: 'Projects with the largest budgets',
        note: 'Specialist work, largest budget first.',
      },
      competitions: {
        title: 'Competitions with the largest prizes',
        note: 'Show what you can do with your work. The prize is paid into escrow when the competition opens.',
      },
    },
    beginners: {
      title: 'New to crowdsourcing',
      teaser: 'Start with short tasks; escrow makes sure you are paid.',
      lead: 'If crowdsourcing is new to you, start with short tasks that have clear steps. On Yorozu the fee is paid into escrow before work starts, so you never work without the money being there.',
      pointsTitle: 'First steps',
      points: {
        one: {
          title: 'Fill in your profile',
          body: 'Say what you can do and when you are available, so clients can trust you with work. You may receive offers.',
        },
        two: {
          title: 'Do tasks for beginners',
          body: 'Tasks need no application or interview. Submit your work; once it is approved, your fee is yours.',
        },
        three: {
          title: 'Check the escrow before you start',
          body: 'On a project, the client pays the fee into escrow before work starts. When the client accepts your delivery, the fee goes to your balance.',
        },
      },
    },
    'at-home': {
      title: 'Working from home, in spare time',
      teaser: 'Find work you can do from home, between other things.',
      lead: 'All work on Yorozu is done online. Pick short tasks you can do a little at a time, or projects you take on at home, to fit your day.',
      pointsTitle: 'Keep it manageable',
      points: {
        one: {
          title: 'Put your hours in your profile',
          body: 'Say how many hours a week you can give and when, and the offers you get will fit.',
        },
        two: {
          title: 'Do tasks whenever you like',
          body: 'A task can be done at any time before its deadline. Each approved submission is paid.',
        },
        three: {
          title: 'Request a payout when you want the money',
          body: 'Your earnings build up in your balance; a payout request sends them to your bank account.',
        },
      },
    },
    specialists: {
      title: 'Putting specialist skills to work',
      teaser: 'Show your skills and record, and win larger work and offers.',
      lead: 'If you have skills in design, development, translation or the like, sell them as services and wait for orders, propose on the larger projects or enter competitions. A full profile and record also bring offers from clients.',
      pointsTitle: 'Turning skills into work',
      points: {
        one: {
          title: 'Sell a service and wait for orders',
          body: 'Offer what you do well as packages with a set price, delivery time and revisions. The buyer pays into escrow when ordering, and your fee is yours once the delivery is accepted.',
        },
        two: {
          title: 'Make your proposals count',
          body: 'Apply to projects with your approach, a quote and a delivery estimate. The amount can be discussed before the contract.',
        },
        three: {
          title: 'Show your record in your profile',
          body: 'List your skills and portfolio links so clients can find you and send offers.',
        },
      },
    },
    clients: {
      title: 'Having work done',
      teaser: 'Choose between a project, a task, a competition and buying a service.',
      lead: 'On Yorozu you can post work in three ways, or buy a service a seller offers. Whichever you choose, the money is held in escrow and paid only once you have checked the work.',
      methodsTitle: 'Which way to choose',
      methodsCaption: 'For each way of having work done: what it suits, how payment works and how many are open or on offer now',
      method: 'Way',
      suits: 'Suits',
      payment: 'Payment',
      open: 'Now',
      methods: {
        project: {
          name: 'Project',
          suits: 'Work you shape together, such as a website or a series of articles. You choose from the proposals you receive.',
          payment: 'Each contract is paid into escrow and released when you accept the delivery.',
        },
        task: {
          name: 'Task',
          suits: 'Set steps done by many people: surveys, data entry, short texts.',
          payment: 'Slots × unit price are paid into escrow first; you pay for the work you approve, and the rest is refunded.',
        },
        competition: {
          name: 'Competition',
          suits: 'When you want many ideas to choose from: logos, names.',
          payment: 'The prize is paid into escrow first and goes to the author of the work you choose.',
        },
        service: {
          name: 'Buying a service',
          suits:
            "Work with a set scope and price you want done soon, such as a logo, an illustration or a translation. You pick from the seller's packages and options.",
          payment: 'You pay into escrow when ordering; the seller is paid once you accept the delivery.',
        },
      },
      post: 'Post work',
      browseServices: 'Browse services',
    },
  },
};
