import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/tokens.css';
// The global rules, in cascade order: a later file refines an earlier one, and the wider
// screens come last so their media queries win over the mobile-first rules above them.
import './styles/base.css';
import './styles/header.css';
import './styles/buttons.css';
import './styles/forms.css';
import './styles/feedback.css';
import './styles/pages.css';
import './styles/jobs-search.css';
import './styles/jobs-detail.css';
import './styles/activity.css';
import './styles/messages.css';
import './styles/decisions.css';
import './styles/screens.css';
// After the global rules, so that the CSS modules of the components it loads refine them.
import { App } from './app/App';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The first render waits for the reader's language (English is loaded on demand).
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
