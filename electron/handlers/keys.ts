import { DESK_KEY_FORMAT, deskKeyFile, type DeskKeyFile } from '../../core/certificates/schemas';
import { isDeskPublicKey } from '../../core/certificates/verify';
import { DomainError } from '../../core/errors';
import { deskKeyRow, knownDesks } from '../../db/certificates';
import { deskSigner, fingerprint } from '../keys/desk-key';
import type { HandlerMap } from './types';

type Names = 'keys.list' | 'keys.exportOwn' | 'keys.import';

const notKeyFile = () => new DomainError('VALIDATION', 'keys.notKeyFile', { issues: [{ path: 'file', key: 'keys.notKeyFile' }] });

export const keyHandlers: HandlerMap<Names> = {
  'keys.list': (ctx) => {
    const desk = deskKeyRow(ctx.register);
    if (!desk) throw new DomainError('CONFLICT', 'setup.notInitialized');
    return {
      own: { deskId: desk.id, name: desk.name, fingerprint: desk.publicKey ? fingerprint(desk.publicKey) : null },
      known: knownDesks(ctx.register).map((k) => ({
        deskId: k.deskId,
        name: k.name,
        regionCode: k.regionCode,
        fingerprint: fingerprint(k.publicKey),
        importedAt: k.importedAt,
      })),
    };
  },

  /** The file another desk imports. A register set up before keys gets its key pair here, on first need. */
  'keys.exportOwn': (ctx) => {
    const publicKey = ctx.write('keys.exportOwn', (w) => deskSigner(w, ctx.register, ctx.keys, ctx.log).publicKey);
    const desk = deskKeyRow(ctx.register)!;
    const file: DeskKeyFile = {
      format: DESK_KEY_FORMAT,
      deskId: desk.id,
      name: desk.name,
      regionCode: desk.regionCode,
      jwk: { kty: 'OKP', crv: 'Ed25519', x: publicKey },
    };
    return {
      fileName: `desk-public-key-${desk.deskCode}.json`,
      file: `${JSON.stringify(file, null, 2)}\n`,
      fingerprint: fingerprint(publicKey),
    };
  },

  /**
   * Trusts another desk's public key. A different key for a desk already
   * known is refused unless the clerk confirms the replacement: a swapped
   * key would make forged certificates read as genuine.
   */
  'keys.import': (ctx, input) => {
    let raw: unknown;
    try {
      raw = JSON.parse(input.file);
    } catch {
      throw notKeyFile();
    }
    const parsed = deskKeyFile.safeParse(raw);
    if (!parsed.success) throw notKeyFile();
    const k = parsed.data;
    if (!isDeskPublicKey(k.jwk.x)) throw new DomainError('VALIDATION', 'keys.badKey', { issues: [{ path: 'file', key: 'keys.badKey' }] });
    if (k.deskId === deskKeyRow(ctx.register)?.id) {
      throw new DomainError('VALIDATION', 'keys.ownDesk', { issues: [{ path: 'file', key: 'keys.ownDesk' }] });
    }
    ctx.write('keys.import', (w) => {
      const known = ctx.register.get('knownDesks', k.deskId);
      const row = { name: k.name, regionCode: k.regionCode, publicKey: k.jwk.x };
      if (!known) return w.insert('knownDesks', { id: k.deskId, ...row });
      if (known.publicKey !== k.jwk.x && !input.replace) {
        throw new DomainError('CONFLICT', {
          key: 'keys.differentKey',
          params: { name: known.name, fingerprint: fingerprint(known.publicKey) },
        });
      }
      return w.update('knownDesks', k.deskId, row);
    });
    const saved = knownDesks(ctx.register).find((d) => d.deskId === k.deskId)!;
    return {
      deskId: saved.deskId,
      name: saved.name,
      regionCode: saved.regionCode,
      fingerprint: fingerprint(saved.publicKey),
      importedAt: saved.importedAt,
    };
  },
};
