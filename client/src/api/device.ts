// The device's two calls at sign-in: register (from the web session, returns the bearer token once) and
// download the offline kit (with that token, as sync will).
import { RegisterDeviceResponseSchema, type RegisterDeviceRequest, type RegisterDeviceResponse } from '#shared/api/auth.ts';
import { DeviceStateSchema, type DeviceState } from '#shared/api/device.ts';
import { request } from './http.ts';

export function postDevice(body: RegisterDeviceRequest): Promise<RegisterDeviceResponse> {
  return request('/api/devices', RegisterDeviceResponseSchema, { method: 'POST', json: body });
}

export function fetchDeviceState(token: string): Promise<DeviceState> {
  return request('/api/device/state', DeviceStateSchema, { token });
}
