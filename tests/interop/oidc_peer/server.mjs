// External OpenID providers on loopback for the interoperability tests.
//
// Starts three oidc-provider instances, each on a free 127.0.0.1 port:
//   trusted   the provider the API is configured to trust
//   rogue     another provider, with its own issuer URL
//   impostor  a provider that claims the trusted issuer's URL with keys of its own
// and prints one JSON line with their URLs. Each issues RFC 9068 JWT access tokens
// (resource indicators) to confidential clients through client credentials, with
// Keycloak-shaped role claims for one client and a plain "roles" claim for another.
// It stops when its standard input closes, so it never outlives the test.

import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const RESOURCE = 'urn:cims:api';
const SECRET = 'interop-secret-not-for-production';

const ROLE_CLAIMS = {
  'keycloak-style': {
    realm_access: { roles: ['offline_access', 'uma_authorization', 'risk_officer'] },
    resource_access: {
      'cims-api': { roles: ['cims-analyst'] },
      account: { roles: ['manage-account'] },
    },
  },
  'plain-roles': { roles: ['compliance_auditor', 'not-a-cims-role'] },
  'branch-teller': { roles: ['teller'] },
};

function signingKeys(kid) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] };
}

function configuration(kid) {
  return {
    clients: Object.keys(ROLE_CLAIMS).map((clientId) => ({
      client_id: clientId,
      client_secret: SECRET,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: signingKeys(kid),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        getResourceServerInfo: () => ({
          scope: 'api:read',
          audience: 'cims-api',
          accessTokenTTL: 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (ctx, token) => ROLE_CLAIMS[token.clientId],
  };
}

async function start(name, issuerOf, kid) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const own = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuerOf(own), configuration(kid));
  server.on('request', provider.callback());
  return { name, url: own, issuer: issuerOf(own), server };
}

const trusted = await start('trusted', (own) => own, 'trusted-1');
const rogue = await start('rogue', (own) => own, 'rogue-1');
const impostor = await start('impostor', () => trusted.issuer, 'impostor-1');
const all = [trusted, rogue, impostor];

process.stdout.write(
  `${JSON.stringify(Object.fromEntries(all.map((p) => [p.name, { url: p.url, issuer: p.issuer }])))}\n`,
);

process.stdin.resume();
process.stdin.on('end', () => {
  for (const { server } of all) server.close();
  process.exit(0);
});
