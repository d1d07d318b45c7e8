// The device's key pair, made with WebCrypto: ECDSA P-256, the private key non-extractable (IndexedDB keeps
// the CryptoKey, no script can export it), the public key sent to the server as a JWK when registering.
export type DeviceKeys = { keyPair: CryptoKeyPair; publicKeyJwk: string };

export async function createDeviceKeys(): Promise<DeviceKeys> {
  const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  return { keyPair, publicKeyJwk: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }) };
}
