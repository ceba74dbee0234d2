import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL, built on its own beside the app (dist/graphiql/) so that its editor
// does not end up in the app's bundles. The API serves dist/graphiql/index.html
// at GET /graphql and its files under /graphiql/.
export default defineConfig({
  root: fileURLToPath(new URL('./graphiql', import.meta.url)),
  base: '/graphiql/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    // The Monaco editor GraphiQL is built on is several megabytes.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's modules start with "use no memo" (React Compiler): harmless here.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
