import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { APP_ACTIONS } from './app/app-actions';
import { installActions } from './app/action-state';
import './styles/themes.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The actions' registry first: toolbars find their buttons' actions there from the first render.
installActions(APP_ACTIONS);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
