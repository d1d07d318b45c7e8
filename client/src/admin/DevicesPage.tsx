// /admin/devices: every account's sync devices (label, registered, last seen, last sync, unsynced interviews from the
// last inventory), filtered by account (?account=ID, the accounts page links here), revoked after a confirmation;
// below, the interviews waiting in quarantine — a revoked device's hand-ins among them — accepted here, or opened
// on the quarantine page (admin/review/QuarantinePage.tsx) to be fixed or discarded with a reason.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { DeviceSummary, QuarantineItem } from '#shared/api/devices.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { ApiError, isProblem } from '../api/http.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { listAccounts } from './accounts-api.ts';
import { acceptQuarantined, listDevices, listQuarantine, revokeDevice } from './devices-api.ts';
import { A } from '../router/router.tsx';

const accountInAddress = (): number | null => {
  const id = Number(new URLSearchParams(window.location.search).get('account'));
  return Number.isInteger(id) && id > 0 ? id : null;
};

export default function DevicesPage() {
  const { t, n } = useI18n();
  const [account, setAccount] = createSignal(accountInAddress());
  const [accounts] = createResource(listAccounts);
  // Wrapped: a bare null source would mean "do not fetch", and null here means every account.
  const [devices, { refetch: refetchDevices }] = createResource(() => ({ id: account() }), (source) => listDevices(source.id));
  const [waiting, { refetch: refetchWaiting }] = createResource(listQuarantine);
  const [error, setError] = createSignal<unknown>();
  const [done, setDone] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const when = (at: string | null) => (at ? formatDateTime(at) : t('devices.never'));

  const chooseAccount = (value: string) => {
    const id = value === '' ? null : Number(value);
    setAccount(id);
    window.history.replaceState(window.history.state, '', id === null ? '/admin/devices' : `/admin/devices?account=${id}`);
  };
  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await work());
      await Promise.all([refetchDevices(), refetchWaiting()]);
    } catch (failure) {
      // A refusal to accept names its reason by code: show it in words.
      setError(isProblem(failure, 'quarantine.cannotAccept')
        ? new ApiError('problem', failure.code, failure.status, { reason: t(String(failure.params.reason)) })
        : failure);
    } finally {
      setBusy(false);
    }
  };
  const onRevoke = (device: DeviceSummary) => {
    const label = device.label || t('devices.unlabelled');
    if (!window.confirm(t('devices.revokeConfirm', { label, account: device.username }))) return;
    void act(async () => {
      await revokeDevice(device.id);
      return t('devices.revoked', { label });
    });
  };
  const onAccept = (item: QuarantineItem) => {
    const interview = item.interviewId.slice(0, 8);
    void act(async () => {
      await acceptQuarantined(item.id);
      return t('devices.quarantine.accepted', { interview });
    });
  };

  return (
    <section class="admin-devices">
      <h1>{t('devices.title')}</h1>
      <p>{t('devices.intro', { days: devices()?.tokenDays ?? 30 })}</p>
      <ErrorNotice error={(accounts.error as unknown) ?? (devices.error as unknown) ?? (waiting.error as unknown) ?? error()} />
      <Show when={done()}>{(message) => <p role="status">{message()}</p>}</Show>
      <div class="dash-field">
        <label for="devices-account">{t('devices.filter.account')}</label>
        <select id="devices-account" value={account() ?? ''} onChange={(e) => chooseAccount(e.currentTarget.value)}>
          <option value="">{t('devices.filter.all')}</option>
          <For each={accounts()}>{(a) => <option value={a.id}>{a.username} – {a.displayName}</option>}</For>
        </select>
      </div>
      <Show when={devices()}>
        {(list) => (
          <Show when={list().devices.length > 0} fallback={<p>{t('devices.none')}</p>}>
            <p>{t('devices.count', { count: n(list().devices.length) })}</p>
            <OfficeTable
              class="accounts"
              columns={[
                'devices.col.account',
                'devices.col.label',
                'devices.col.registered',
                'devices.col.lastSeen',
                'devices.col.lastSync',
                'devices.col.unsynced',
                'devices.col.state',
              ]}
              actionLabel="devices.revoke"
            >
              <For each={list().devices}>
                {(device) => (
                  <tr data-device={device.id}>
                    <th scope="row">{device.username}</th>
                    <td>{device.label || t('devices.unlabelled')}</td>
                    <td>{formatDateTime(device.registeredAt)}</td>
                    <td>{when(device.lastSeenAt)}</td>
                    <td>{when(device.lastSyncAt)}</td>
                    <td>{n(device.unsynced)}</td>
                    <td>{t(`devices.state.${device.state}`)}</td>
                    <td>
                      <A href={`/admin/review?device=${device.id}`}>{t('devices.interviews')}</A>{' '}
                      <Show when={device.state !== 'revoked'}>
                        <button type="button" class="secondary" disabled={busy()} onClick={() => onRevoke(device)}>{t('devices.revoke')}</button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          </Show>
        )}
      </Show>

      <h2>{t('devices.quarantine.title')}</h2>
      <Show when={waiting()}>
        {(list) => (
          <>
            <p>{t('devices.quarantine.intro')}</p>
            <Show when={list().items.length > 0} fallback={<p>{t('devices.quarantine.none')}</p>}>
              <OfficeTable
                class="accounts"
                columns={[
                  'devices.quarantine.col.received',
                  'devices.col.account',
                  'devices.quarantine.col.interview',
                  'devices.quarantine.col.unit',
                  'devices.quarantine.col.reason',
                ]}
                actionLabel="devices.quarantine.accept"
              >
                <For each={list().items}>
                  {(item) => (
                    <tr data-quarantine={item.id}>
                      <td>{formatDateTime(item.receivedAt)}</td>
                      <td>{item.username}</td>
                      <th scope="row">{item.interviewId.slice(0, 8)}</th>
                      <td>{item.unitNo ?? ''}</td>
                      <td>{t(item.reason.code, item.reason.params)}</td>
                      <td>
                        <button type="button" disabled={busy()} onClick={() => onAccept(item)}>{t('devices.quarantine.accept')}</button>
                        {' '}<A href={`/admin/quarantine?id=${item.id}`}>{t('devices.quarantine.reject')}</A>
                      </td>
                    </tr>
                  )}
                </For>
              </OfficeTable>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
