import { generateKeyPairSync, sign } from 'node:crypto';
import type { CertificateFacts } from '../../core/certificates/payload';

/** Facts of a typical certificate: Chinese address and name, rooms with and without cooking. */
export const FACTS: CertificateFacts = {
  serial: '331004006056-2026-000001',
  deskId: '01JZ0000000000000000000000',
  issuedOn: '2026-06-15',
  validUntil: '2027-06-14',
  inspectedOn: '2026-06-15',
  ruleVersion: 'TZ-2025.1',
  address: '浙江省台州市路桥区峰江街道浮排居委会 浮排村东路 101 号',
  landlord: '王建国',
  rooms: [
    { label: '101', maxOccupants: 2, cookingPermitted: true },
    { label: '102', maxOccupants: 3, cookingPermitted: false },
  ],
};

/** A desk key pair made by node:crypto, as electron/keys/desk-key.ts makes them: core verifies what Node signs. */
export function deskKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey)),
    publicKey: publicKey.export({ format: 'jwk' }).x!,
    nodePublicKey: publicKey,
  };
}
