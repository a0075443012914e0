import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import '../styles/themes.css';
import './phone.css';

const root = document.getElementById('phone-root');
if (!root) throw new Error('The page has no #phone-root element.');
createRoot(root).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
);
