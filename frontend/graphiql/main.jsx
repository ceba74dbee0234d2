// GraphiQL for the API, built into the app's own files (served at GET /graphql):
// every script, style, font and editor worker comes from this origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';

import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createFetcher } from './fetcher';

const INITIAL_HEADERS = JSON.stringify(
  { Authorization: 'Bearer <access token>' },
  null,
  2,
);

const fetcher = createFetcher();

createRoot(document.getElementById('graphiql')).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      initialHeaders={INITIAL_HEADERS}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
