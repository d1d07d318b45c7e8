// Entry point: mounts the app and registers the service worker that keeps it working offline.
import { render } from 'solid-js/web';
import { App } from './app.tsx';
import { registerServiceWorker } from './pwa/register.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
render(() => <App />, root);
registerServiceWorker();
