// Entry point: mounts the app. The service worker registration of the PWA issue will start here too.
import { render } from 'solid-js/web';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
render(() => <App />, root);
