// The online respondent's page (decision 0021): its own entry, apart from the enumerator's app — no IndexedDB, no
// service worker, no office code — for the cheap phones and in-app browsers (Zalo) a shared link opens in.
import { render } from 'solid-js/web';
import { Respondent } from './Respondent.tsx';

const root = document.getElementById('root')!;
const token = decodeURIComponent(location.pathname.replace(/^\/r\//, '').split('/')[0] ?? '');
render(() => <Respondent token={token} />, root);
