// TOTP against RFC 6238's own test vectors (Appendix B) and the rules around it: drift of one step, no replay,
// base32 both ways, and the otpauth URI an authenticator app reads.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpAt, totpStep } from '#server/auth/totp.ts';

const SEED_SHA1 = Buffer.from('12345678901234567890');
const SEED_SHA256 = Buffer.from('12345678901234567890123456789012');
const SEED_SHA512 = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234');

describe('RFC 6238 Appendix B', () => {
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  for (const [seconds, sha1, sha256, sha512] of vectors) {
    it(`gives the RFC's 8-digit codes at T = ${seconds}`, () => {
      const step = totpStep(seconds * 1000);
      expect(hotp(SEED_SHA1, step, 8, 'sha1')).toBe(sha1);
      expect(hotp(SEED_SHA256, step, 8, 'sha256')).toBe(sha256);
      expect(hotp(SEED_SHA512, step, 8, 'sha512')).toBe(sha512);
    });
  }

  it('gives 6-digit codes (the last six digits) from a base32 secret', () => {
    const secret = base32Encode(SEED_SHA1);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(totpAt(secret, 59_000)).toBe('287082');
    expect(totpAt(secret, 1111111109_000)).toBe('081804');
  });
});

describe('matchTotp', () => {
  const secret = base32Encode(SEED_SHA1);
  const at = 1111111111_000;

  it('accepts the code of now and of one step either side, and nothing further', () => {
    expect(matchTotp(secret, totpAt(secret, at), at)).toBe(totpStep(at));
    expect(matchTotp(secret, totpAt(secret, at - 30_000), at)).toBe(totpStep(at) - 1);
    expect(matchTotp(secret, totpAt(secret, at + 30_000), at)).toBe(totpStep(at) + 1);
    expect(matchTotp(secret, totpAt(secret, at - 60_000), at)).toBeNull();
    expect(matchTotp(secret, totpAt(secret, at + 60_000), at)).toBeNull();
  });

  it('never accepts a step at or before the last one used (no replay), and refuses what is not six digits', () => {
    const code = totpAt(secret, at);
    expect(matchTotp(secret, code, at, totpStep(at))).toBeNull();
    expect(matchTotp(secret, code, at, totpStep(at) - 1)).toBe(totpStep(at));
    expect(matchTotp(secret, '12345', at)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at)).toBeNull();
  });
});

describe('base32 and the otpauth URI', () => {
  it('round-trips any bytes, ignoring case, spaces and padding', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    const text = base32Encode(bytes);
    expect(base32Decode(text)).toEqual(bytes);
    expect(base32Decode(`${text.toLowerCase().slice(0, 4)} ${text.slice(4)}==`)).toEqual(bytes);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('names the issuer, the account and the parameters', () => {
    expect(otpauthUri('Phiếu', 'admin', 'ABC')).toBe(
      'otpauth://totp/Phi%E1%BA%BFu:admin?secret=ABC&issuer=Phi%E1%BA%BFu&algorithm=SHA1&digits=6&period=30',
    );
  });
});
