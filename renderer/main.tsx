import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { APP_ACTIONS } from './app/app-actions';
import { installActions } from './app/action-state';
import { startApp } from './app/start-app';
import './styles/themes.css';
import 'virtual:note-palette.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The actions' registry first: toolbars find their buttons' actions there from the first render.
installActions(APP_ACTIONS);
// The session (subscriptions, timers, listeners, autosave, the recovery journal) starts once, here.
const { session } = startApp();
// The page goes away for good (not into the back/forward cache): everything the session started stops.
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) session.dispose();
});
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
