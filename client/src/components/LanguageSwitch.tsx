// Two large buttons, each named in its own language, so a user who cannot read the current one finds theirs.
import { For, Show } from 'solid-js';
import { LANGUAGES } from '#shared/i18n/languages.ts';
import { useI18n } from '../i18n/context.tsx';

export function LanguageSwitch() {
  const i18n = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={i18n.t('app.language')}>
      <For each={LANGUAGES}>
        {(language) => (
          <button
            type="button"
            lang={language}
            aria-pressed={i18n.language() === language}
            onClick={() => i18n.setLanguage(language)}
          >
            {i18n.t(`app.language.${language}`)}
          </button>
        )}
      </For>
      <Show when={i18n.unavailable()}>
        {(language) => <p class="language-unavailable" role="alert">{i18n.t('app.language.unavailable', { language: i18n.t(`app.language.${language()}`) })}</p>}
      </Show>
    </div>
  );
}
