/**
 * The one place the SPA keeps an access token: a module variable, so it lives
 * only as long as the page. Never localStorage or sessionStorage, where any
 * injected script could read it; sign-in (a later issue) will call
 * setAccessToken after the OpenID code exchange.
 */
let current = null;

export function getAccessToken() {
  return current;
}

export function setAccessToken(token) {
  current = token || null;
}
