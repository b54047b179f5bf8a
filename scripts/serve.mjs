// `npm start` / `npm run serve`: serves dist/ at http://127.0.0.1:4321 (PORT and BASE_PATH respected).
import { startStaticServer } from './static-server.mjs';

const { url } = await startStaticServer({
  root: 'dist',
  base: process.env.BASE_PATH || '/',
  port: Number(process.env.PORT || 4321),
});
console.log(`Serving dist/ at ${url}  (Ctrl+C to stop)`);
