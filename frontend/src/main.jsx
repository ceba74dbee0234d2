import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/app/global.css';

import { App } from '@/app/App';
import { createApolloClient } from '@/lib/apolloClient';
import { createAuthSession, createUserManager, loadAuthConfig } from '@/lib/auth';
import { createI18n } from '@/lib/i18n';

const i18n = createI18n();
const auth = createAuthSession(async () => createUserManager(await loadAuthConfig()), {
  uiLocales: () => (i18n.resolvedLanguage === 'zh' ? 'zh-CN' : 'en'),
});
const client = createApolloClient({
  onSignInNeeded: () => auth.signInAgain(),
  onAccountChanged: (code) => auth.endSession(code),
  onTokenExpired: () => auth.renewToken(),
});

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App client={client} auth={auth} i18n={i18n} />
  </StrictMode>,
);
