import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';

import { setAccessToken } from '@/lib/accessToken';

export const CALLBACK_PATH = '/auth/callback';

/**
 * Codes with which the API refuses a request for want of a usable token (HTTP
 * 401). TOKEN_EXPIRED is first renewed with the refresh token (renewToken).
 */
export const SIGN_IN_CODES = new Set([
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
]);

/**
 * Codes with which the API refuses a token that is still valid because its
 * staff account was deactivated or its roles or branch changed (HTTP 401):
 * the SPA says so and signs out, rather than sending the user round again.
 */
export const ACCOUNT_CHANGED_CODES = new Set(['ACCOUNT_INACTIVE', 'RIGHTS_CHANGED']);

/** Where to sign in: the API tells the SPA (authority, client ID, scope). */
export async function loadAuthConfig(fetchImpl = globalThis.fetch) {
  const response = await fetchImpl('/auth/config');
  if (!response.ok) throw new Error(`/auth/config answered ${response.status}`);
  return response.json();
}

/**
 * An OpenID Connect client for the authorization code flow with PKCE. Tokens
 * are held in memory only, never in web storage; a reload signs in again,
 * silently while the provider's own session lasts. Only the one-use state
 * and PKCE verifier, which must outlive the redirect, go to sessionStorage.
 */
export function createUserManager(config, origin = window.location.origin) {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true, // with the refresh token, before the token expires
  });
}

// A token the API refuses right after sign-in (a clock far off, a provider
// the API does not trust) must not send the browser round in circles.
const LOOP_GUARD_MS = 15_000;
const SIGNED_IN_AT = 'cims.auth.signedInAt'; // a time, not a secret

function signedInRecently() {
  const at = Number(window.sessionStorage.getItem(SIGNED_IN_AT));
  return Date.now() - at < LOOP_GUARD_MS;
}

function currentPath() {
  const { pathname, search } = window.location;
  return pathname === CALLBACK_PATH ? '/' : pathname + search;
}

/**
 * The page's sign-in session. `start()` finishes a sign-in coming back from
 * the provider or sends the browser to sign in; it runs once however often
 * it is called (React runs effects twice in development).
 */
export function createAuthSession(
  makeUserManager,
  { uiLocales = () => undefined } = {},
) {
  let manager;
  let started;

  const userManager = async () => {
    if (!manager) {
      manager = await makeUserManager();
      manager.events.addUserLoaded((user) => setAccessToken(user.access_token));
      manager.events.addUserUnloaded(() => setAccessToken(null));
    }
    return manager;
  };

  let redirecting = false;
  const signIn = async () => {
    if (redirecting) return; // several refused requests, one sign-in
    redirecting = true;
    setAccessToken(null);
    try {
      const um = await userManager();
      // The provider's sign-in page then speaks the SPA's language.
      await um.signinRedirect({
        state: { returnTo: currentPath() },
        ui_locales: uiLocales(),
      });
    } catch (error) {
      redirecting = false; // the provider was not reached: let the user retry
      throw error;
    }
  };

  const finishSignIn = async (um) => {
    const user = await um.signinRedirectCallback();
    setAccessToken(user.access_token);
    window.sessionStorage.setItem(SIGNED_IN_AT, String(Date.now()));
    // Back to where the user was, without the code in the address bar.
    window.history.replaceState(null, '', user.state?.returnTo ?? '/');
    return user;
  };

  const begin = async () => {
    const um = await userManager();
    if (window.location.pathname === CALLBACK_PATH) return finishSignIn(um);
    const user = await um.getUser();
    if (user && !user.expired) {
      setAccessToken(user.access_token);
      return user;
    }
    await signIn();
    return null; // the browser is on its way to the provider
  };

  const signOut = async () => {
    const um = await userManager();
    setAccessToken(null);
    await um.signoutRedirect();
  };

  /**
   * For a request the API refused: sign in again, unless that just failed.
   * Unsaved form input is lost on the way, which is acceptable while the
   * refresh token renews access tokens before they expire.
   */
  const signInAgain = async () => {
    if (!signedInRecently()) await signIn();
  };

  /**
   * The API refused the token as expired (TOKEN_EXPIRED): get a new one with
   * the refresh token, without leaving the page; resolves to whether that
   * worked. When it did not (the refresh token expired or was revoked), sign
   * in again. Several refused requests share one renewal.
   */
  let renewing = null;
  const renew = async () => {
    try {
      const user = await (await userManager()).signinSilent();
      if (user?.access_token) {
        setAccessToken(user.access_token);
        return true;
      }
    } catch {
      // No refresh token, or the provider refused it: sign in again below.
    }
    await signInAgain();
    return false;
  };
  const renewToken = () => {
    renewing ??= renew().finally(() => {
      renewing = null;
    });
    return renewing;
  };

  /**
   * The API refused the token because the account changed (`code`, one of
   * ACCOUNT_CHANGED_CODES): forget the user here at once (a local sign-out:
   * the token and the stored user) and tell `onEnded` listeners, which show
   * why. Signing in again is the user's choice.
   */
  let ended = null;
  const listeners = new Set();
  const endSession = async (code) => {
    if (ended) return;
    ended = code;
    setAccessToken(null);
    listeners.forEach((listener) => listener(code));
    try {
      await (await userManager()).removeUser();
    } catch {
      // Nothing stored, or the provider's settings unreachable: nothing to forget.
    }
  };
  const onEnded = (listener) => {
    listeners.add(listener);
    if (ended) listener(ended);
    return () => listeners.delete(listener);
  };

  return {
    start: () => (started ??= begin()),
    signIn,
    signInAgain,
    renewToken,
    signOut,
    endSession,
    onEnded,
  };
}
