import { Button, Result } from 'antd';
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingState } from '@/components/LoadingState';

const AuthContext = createContext(null);

/** The signed-in user and a way out, or null where there is no sign-in. */
export function useAuth() {
  return useContext(AuthContext);
}

function displayName(user) {
  const { profile } = user;
  return profile.name || profile.preferred_username || profile.sub;
}

/**
 * Renders the app only once the user is signed in, so that no request goes
 * out without a token; until then it shows progress, or why sign-in failed.
 */
export function AuthGate({ auth, children }) {
  const { t } = useTranslation();
  const [state, setState] = useState({ status: 'pending' });

  useEffect(() => {
    auth
      .start()
      .then((user) => user && setState({ status: 'ready', user }))
      .catch(() => setState({ status: 'failed' }));
  }, [auth]);

  // The API refused the token because the account was deactivated or its
  // rights changed: the session is over, and the user is told why.
  useEffect(
    () => auth.onEnded?.((code) => setState({ status: 'ended', code })),
    [auth],
  );

  if (state.status === 'ended') {
    const reason = state.code === 'ACCOUNT_INACTIVE' ? 'inactive' : 'rightsChanged';
    return (
      <Result
        status="warning"
        title={t(`auth.ended.${reason}`)}
        subTitle={t(`auth.ended.${reason}Hint`)}
        extra={
          <Button type="primary" onClick={() => auth.signIn().catch(() => {})}>
            {t('auth.signIn')}
          </Button>
        }
      />
    );
  }

  if (state.status === 'failed') {
    return (
      <Result
        status="warning"
        title={t('auth.failed')}
        subTitle={t('auth.failedHint')}
        extra={
          <Button type="primary" onClick={() => auth.signIn().catch(() => {})}>
            {t('auth.signIn')}
          </Button>
        }
      />
    );
  }
  if (state.status === 'pending') return <LoadingState />;

  const value = { name: displayName(state.user), signOut: auth.signOut };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
