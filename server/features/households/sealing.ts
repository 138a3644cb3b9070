import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import { AppError } from '../../platform/http/errors.js';

/**
 * Application-level encryption of personal fields: AES-256-GCM with a random 96-bit nonce, the row's
 * subject id as associated data (a sealed value copied onto another row does not open), and an
 * HMAC-SHA256 of the id number for look-ups. Both keys are derived from the configured key by HKDF.
 */
const FORMAT = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

// Demo installations hold only made-up people, so they may run without a configured key.
const DEMO_KEY = Buffer.from('areaplan-demo-only-personal-data-key-not-secret');

export type Sealer = {
  seal(subjectId: string, fields: Record<string, string | null>): Buffer;
  open(subjectId: string, sealed: Buffer): Record<string, string | null>;
  idHash(nationalId: string): Buffer;
};

const noKey = () =>
  new AppError({
    status: 503,
    code: 'personal-data-key-missing',
    message: {
      th: 'ยังไม่ได้ตั้งค่ากุญแจเข้ารหัสข้อมูลส่วนบุคคล (AREAPLAN_PERSONAL_DATA_KEY)',
      en: 'The personal-data key is not configured (AREAPLAN_PERSONAL_DATA_KEY)',
    },
  });

/** The sealer of this installation: the configured key, the demo key on a demo install, else a 503. */
export function sealerOf(config: Pick<Config, 'personalDataKey' | 'demo'>): Sealer {
  const master = config.personalDataKey ?? (config.demo ? DEMO_KEY : undefined);
  if (!master) {
    throw noKey();
  }
  return sealerFor(master);
}

/** A sealer over one master key (tests use it to prove another key cannot open a value). */
export function sealerFor(master: Buffer): Sealer {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `areaplan households ${purpose}`, 32));
  const sealKey = derive('seal v1');
  const hashKey = derive('id hash v1');
  return {
    seal(subjectId, fields) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', sealKey, nonce);
      cipher.setAAD(Buffer.from(subjectId));
      const body = Buffer.concat([cipher.update(JSON.stringify(fields), 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([FORMAT]), nonce, cipher.getAuthTag(), body]);
    },
    open(subjectId, sealed) {
      if (sealed[0] !== FORMAT) {
        throw new Error('unknown sealed format');
      }
      const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
      const tag = sealed.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', sealKey, nonce);
      decipher.setAAD(Buffer.from(subjectId));
      decipher.setAuthTag(tag);
      const body = sealed.subarray(1 + NONCE_BYTES + TAG_BYTES);
      const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      return JSON.parse(text) as Record<string, string | null>;
    },
    idHash: (nationalId) => createHmac('sha256', hashKey).update(nationalId).digest(),
  };
}
