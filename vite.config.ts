import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is a single-page React app built into dist/web and served by the same
// Fastify server that serves /api. In `npm run dev`, Vite serves it and proxies /api.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/dev': 'http://localhost:3000',
    },
  },
});
