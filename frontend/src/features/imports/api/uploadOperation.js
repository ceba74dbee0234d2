import { print } from 'graphql';

import { GRAPHQL_PATH } from '@/lib/apolloClient';
import { getAccessToken } from '@/lib/accessToken';

/**
 * Sends one operation whose `input.file` is a File, as a GraphQL multipart
 * request (Apollo's HTTP link speaks JSON only). Resolves to the response body;
 * `onProgress(fraction)` follows the upload, which is most of an import's wait.
 */
export function uploadOperation(
  document,
  input,
  { onProgress, uri = GRAPHQL_PATH } = {},
) {
  const { file, ...rest } = input;
  const form = new FormData();
  const variables = { input: { ...rest, file: null } };
  form.append('operations', JSON.stringify({ query: print(document), variables }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file, file.name);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', uri);
    const token = getAccessToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) });
      } catch {
        reject(new Error(`Unexpected response (${request.status})`));
      }
    };
    request.onerror = () => reject(new Error('Network error'));
    request.send(form);
  });
}
