import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by both hosts: app:// in Electron, http:// by `npm run serve`.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    // DESK_DIST keeps parallel builds apart (scripts/build-electron.mjs reads it too).
    outDir: `../${process.env.DESK_DIST ?? 'dist'}/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
