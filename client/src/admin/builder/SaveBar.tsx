// Whether the draft is on the server: saved, waiting, saving, held back by an empty label, failed (retry), or
// refused because another editor saved first — then the admin takes theirs or keeps their own, nothing lost.
import { Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';

export function SaveBar() {
  const { t } = useI18n();
  const { session } = useBuilder();
  const takeTheirs = () => {
    if (window.confirm(t('builder.stale.confirmTheirs'))) void session.takeTheirs();
  };
  return (
    <div class="save-bar" role="status" data-save={session.saveState()}>
      <Switch>
        <Match when={session.saveState() === 'saved'}>{t('builder.save.saved')}</Match>
        <Match when={session.saveState() === 'waiting' || session.saveState() === 'saving'}>{t('builder.save.saving')}</Match>
        <Match when={session.saveState() === 'blank'}>{t('builder.save.blank')}</Match>
        <Match when={session.saveState() === 'failed'}>
          {t('builder.save.failed')} <button type="button" class="secondary" onClick={() => session.retry()}>{t('app.retry')}</button>
        </Match>
        <Match when={session.saveState() === 'stale'}>
          <span class="issues">{t('builder.stale', { revision: session.staleRevision() ?? '?' })}</span>{' '}
          <button type="button" class="secondary" onClick={takeTheirs}>{t('builder.stale.theirs')}</button>{' '}
          <button type="button" class="secondary" onClick={() => void session.keepMine()}>{t('builder.stale.mine')}</button>
        </Match>
      </Switch>
    </div>
  );
}
