import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports run one way: app -> features -> shared (components, lib, locales).
// A feature reaches another feature only through the app, never directly.
const noAppImports = {
  group: ['@/app', '@/app/*'],
  message: 'Only the app imports from src/app.',
};
const noFeatureImports = {
  group: ['@/features/*'],
  message: 'Shared code (components, lib) must not depend on a feature.',
};
const noRelativeUp = {
  group: ['../*'],
  message: 'Import from "@/..." instead of climbing directories.',
};

export default [
  { ignores: ['dist/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,jsx}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-unused-vars': [
        'error',
        { varsIgnorePattern: '^[A-Z]', argsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['**/*.test.{js,jsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noAppImports, noRelativeUp] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    ignores: ['**/*.test.{js,jsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noAppImports, noFeatureImports, noRelativeUp] },
      ],
    },
  },
  {
    files: ['e2e/**', 'scripts/**', 'vite.config*.js', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
];
