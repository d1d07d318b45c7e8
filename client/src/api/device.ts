// The device's two calls at sign-in: register (from the web session, returns the bearer token once) and
// download the offline kit (with that token, as sync will).
import type { RegisterDeviceRequest, RegisterDeviceResponse } from '#shared/api/auth.ts';
import type { DeviceState } from '#shared/api/device.ts';
import { request } from './http.ts';

export function postDevice(body: RegisterDeviceRequest): Promise<RegisterDeviceResponse> {
  return request('POST /api/devices', { json: body });
}

export function fetchDeviceState(token: string): Promise<DeviceState> {
  return request('GET /api/device/state', { token });
}
