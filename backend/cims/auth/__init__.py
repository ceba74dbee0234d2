"""Sign-in and permissions: the embedded OpenID provider, token validation for the
API, and the one role -> permission table (:mod:`cims.auth.policy`)."""
