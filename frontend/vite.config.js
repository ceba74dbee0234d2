import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:8000' },
  },
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
