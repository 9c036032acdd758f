import { DomainError } from '../../core/errors';
import type { KeyStore } from '../keys/key-store';
import type { KeyHandover } from './messages';

/**
 * The backend's key store. The key is sealed with Electron's safeStorage,
 * which exists only in the main process, while `KeyStore` is synchronous
 * (the key is read and written inside a write transaction), so the backend
 * cannot ask main for it mid-call. Instead main unseals the key once at start
 * and hands it over; this store answers from that copy, and a key made here
 * (setup, or a register from before keys) is kept and sent to main, which
 * seals it. `kind` stays what main's store is, so the desk reports
 * 'safeStorage' as it did when main opened the register itself.
 *
 * Two consequences, both logged where they happen: the copy is taken at
 * start, so a key another program writes into the data folder while the desk
 * runs is seen at the next start; and sealing happens in main just after the
 * call that made the key, so if it fails (a full disk) this run still signs
 * with the copy here, and the next start says the key is missing rather than
 * quietly making a second one.
 */
export function relayedKeyStore(handover: KeyHandover, send: (pem: string) => void): KeyStore {
  let pem = handover.pem;
  // Why main could not open the key (keychain changed, key sealed by the other host): answered on each read, as the sealed store does.
  let refusal = handover.refusal;
  return {
    kind: handover.kind,
    read() {
      if (refusal) throw new DomainError(refusal.code, refusal.key);
      return pem;
    },
    write(next) {
      pem = next;
      refusal = null;
      send(next);
    },
  };
}
