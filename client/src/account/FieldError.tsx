// A message beside one form field: a refusal from the server (ErrorNotice's wording) or a check made before sending
// (a dictionary key), announced to screen readers. Nothing when there is neither.
import { Show } from 'solid-js';
import { passwordWeakness, NEW_PASSWORD_MAX_LENGTH, NEW_PASSWORD_MIN_LENGTH } from '#shared/accounts/new-password.ts';
import type { Message } from '#shared/i18n/message.ts';
import { isProblem, messageOf } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';

/** A body field the server called invalid, worded as the rule it broke rather than zod's issue code. */
const FIELD_RULES: Record<string, Message> = {
  username: { code: 'account.field.username' },
  displayName: { code: 'account.field.displayName' },
  password: { code: 'account.weak.short', params: { min: NEW_PASSWORD_MIN_LENGTH } },
  newPassword: { code: 'account.weak.short', params: { min: NEW_PASSWORD_MIN_LENGTH } },
};

export function FieldError(props: { id?: string; error?: unknown; message?: Message | undefined }) {
  const { t } = useI18n();
  const message = () => {
    if (props.message) return props.message;
    const error = props.error;
    if (error === undefined || error === null) return undefined;
    const path = isProblem(error, 'request.invalid') ? String(error.params.path ?? '') : '';
    return FIELD_RULES[path] ?? messageOf(error);
  };
  return (
    <Show when={message()}>
      {(shown) => <p class="error field-error" role="alert" id={props.id}>{t(shown().code, shown().params)}</p>}
    </Show>
  );
}

/** Why a new password would be refused, worded from the same rules the server applies; undefined when it is fine. */
export function weakPasswordMessage(password: string, username: string): Message | undefined {
  const weakness = passwordWeakness(password, username);
  if (!weakness) return undefined;
  return { code: `account.weak.${weakness}`, params: { min: NEW_PASSWORD_MIN_LENGTH, max: NEW_PASSWORD_MAX_LENGTH } };
}
