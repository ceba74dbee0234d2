import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { getAccessToken, setAccessToken } from '@/lib/accessToken';
import { createAuthSession } from '@/lib/auth';

function fakeUserManager({ user = null, callbackUser = null, renewed = null } = {}) {
  const listeners = {};
  return {
    events: {
      addUserLoaded: (cb) => (listeners.loaded = cb),
      addUserUnloaded: (cb) => (listeners.unloaded = cb),
    },
    getUser: vi.fn(async () => user),
    signinRedirect: vi.fn(async () => {}),
    signinRedirectCallback: vi.fn(async () => callbackUser),
    signinSilent: vi.fn(async () => renewed),
    signoutRedirect: vi.fn(async () => {}),
    removeUser: vi.fn(async () => {}),
    listeners,
  };
}

const USER = {
  access_token: 'at-1',
  expired: false,
  profile: { sub: '7', name: 'Demo Admin' },
  state: { returnTo: '/customers?q=li' },
};

describe('auth session', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    sessionStorage.clear();
  });
  afterEach(() => setAccessToken(null));

  it('sends a signed-out visitor to sign in, to come back to the same page', async () => {
    window.history.replaceState(null, '', '/customers?q=li');
    const um = fakeUserManager();
    const auth = createAuthSession(async () => um, { uiLocales: () => 'zh-CN' });

    const results = await Promise.all([auth.start(), auth.start()]);

    expect(results).toEqual([null, null]);
    expect(um.signinRedirect).toHaveBeenCalledTimes(1);
    expect(um.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/customers?q=li' },
      ui_locales: 'zh-CN',
    });
  });

  it('finishes a sign-in: token in memory only, code gone from the address', async () => {
    window.history.replaceState(null, '', '/auth/callback?code=abc&state=xyz');
    const um = fakeUserManager({ callbackUser: USER });
    const auth = createAuthSession(async () => um);

    const user = await auth.start();

    expect(user).toBe(USER);
    expect(getAccessToken()).toBe('at-1');
    expect(window.location.pathname + window.location.search).toBe('/customers?q=li');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain(
      'at-1',
    );
  });

  it('takes a renewed token as soon as the provider gives it', async () => {
    const um = fakeUserManager({ user: USER });
    const auth = createAuthSession(async () => um);
    await auth.start();

    um.listeners.loaded({ ...USER, access_token: 'at-2' });

    expect(getAccessToken()).toBe('at-2');
  });

  it('does not loop when the API refuses a token it has just been given', async () => {
    window.history.replaceState(null, '', '/auth/callback?code=abc&state=xyz');
    const um = fakeUserManager({ callbackUser: USER });
    const auth = createAuthSession(async () => um);
    await auth.start();

    await auth.signInAgain();

    expect(um.signinRedirect).not.toHaveBeenCalled();
  });

  it('signs in again when the API refuses a token later on', async () => {
    sessionStorage.setItem('cims.auth.signedInAt', String(Date.now() - 60_000));
    const um = fakeUserManager({ user: USER });
    const auth = createAuthSession(async () => um);
    await auth.start();

    await Promise.all([auth.signInAgain(), auth.signInAgain()]);

    expect(um.signinRedirect).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
  });

  it('renews an expired token with the refresh token, once for many requests', async () => {
    const um = fakeUserManager({
      user: USER,
      renewed: { ...USER, access_token: 'at-2' },
    });
    const auth = createAuthSession(async () => um);
    await auth.start();

    const results = await Promise.all([auth.renewToken(), auth.renewToken()]);

    expect(results).toEqual([true, true]);
    expect(um.signinSilent).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBe('at-2');
    expect(um.signinRedirect).not.toHaveBeenCalled();
  });

  it('signs in again when the refresh token is refused', async () => {
    sessionStorage.setItem('cims.auth.signedInAt', String(Date.now() - 60_000));
    const um = fakeUserManager({ user: USER });
    um.signinSilent.mockRejectedValue(new Error('invalid_grant'));
    const auth = createAuthSession(async () => um);
    await auth.start();

    expect(await auth.renewToken()).toBe(false);

    expect(um.signinRedirect).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
  });

  it('forgets the token when signing out', async () => {
    const um = fakeUserManager({ user: USER });
    const auth = createAuthSession(async () => um);
    await auth.start();

    await auth.signOut();

    expect(getAccessToken()).toBeNull();
    expect(um.signoutRedirect).toHaveBeenCalledTimes(1);
  });

  it('ends the session once when the account changed, and says why', async () => {
    const um = fakeUserManager({ user: USER });
    const auth = createAuthSession(async () => um);
    await auth.start();
    const heard = [];
    auth.onEnded((code) => heard.push(code));

    await Promise.all([
      auth.endSession('RIGHTS_CHANGED'),
      auth.endSession('RIGHTS_CHANGED'),
    ]);

    expect(getAccessToken()).toBeNull();
    expect(um.removeUser).toHaveBeenCalledTimes(1);
    expect(um.signinRedirect).not.toHaveBeenCalled();
    expect(heard).toEqual(['RIGHTS_CHANGED']);
    // A screen that subscribes later still learns why.
    const late = vi.fn();
    auth.onEnded(late);
    expect(late).toHaveBeenCalledWith('RIGHTS_CHANGED');
  });
});
