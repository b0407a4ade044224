import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a cache key, a field left out of a spread).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The one-way flow: data -> lib/bls (pure readers) -> lib/data (the dataset) -> lib -> pages/app -> components.
    files: ['lib/**', 'components/**', 'pages/**', 'app/**'],
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: ['./components', './pages', './app'], message: 'lib/ never imports pages, routes or components.' },
            { target: './components', from: ['./pages', './app'], message: 'Components draw what they are given; they never import pages or routes.' },
            { target: './lib/bls', from: './lib', except: ['./bls'], message: 'The readers in lib/bls are pure: text in, typed records out.' },
            { target: './lib/data', from: './lib', except: ['./bls', './data'], message: 'The dataset is built from the readers alone.' },
            {
              target: ['./lib/lineage', './lib/dollars', './lib/tables', './lib/charts', './lib/http'],
              from: ['./lib/comparison', './lib/profile', './lib/scorecard', './lib/releases', './lib/about', './lib/home', './lib/search', './lib/finder'],
              message: 'The shared domain (lineage, dollars, tables, charts, http) never imports a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // Preloaded with `node -r`, which takes CommonJS only.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'next-env.d.ts', '.chart-worker/**', 'public/js/**', 'bench/out/**', 'test-results/**', 'playwright-report/**']),
]);
