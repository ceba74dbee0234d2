import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/app/global.css';

import { App } from '@/app/App';
import { createApolloClient } from '@/lib/apolloClient';
import { createI18n } from '@/lib/i18n';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App client={createApolloClient()} i18n={createI18n()} />
  </StrictMode>,
);
