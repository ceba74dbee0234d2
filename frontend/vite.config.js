import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const API_ORIGIN = process.env.CIMS_API_ORIGIN ?? 'http://127.0.0.1:8000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // `npm run dev` serves the app with hot reload and sends the API's paths to
  // `cims serve` on its default address. Subscriptions are WebSocket upgrades of
  // /graphql, so that path forwards them too; the OpenID provider's own pages
  // and token endpoint are reached on the API's origin directly (the issuer).
  server: {
    proxy: {
      '/graphql': { target: API_ORIGIN, ws: true },
      '/auth/config': API_ORIGIN,
    },
  },
  // The dev server pre-bundles what the app imports. GraphiQL (graphiql/, built on
  // its own by vite.config.graphiql.js) is no part of the app: its worker imports
  // cannot be pre-bundled, and scanning its page stopped `npm run dev`.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files cache longer.
        codeSplitting: {
          groups: [
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-)/,
            },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
    // Ant Design alone is about 1 MB before compression.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.js'],
    include: ['src/**/*.test.{js,jsx}', 'graphiql/**/*.test.{js,jsx}'],
    css: false,
    // A bound on a hung test, not a speed check: whole-page tests take several
    // seconds each on a busy two-core machine.
    testTimeout: 60000,
  },
});
