import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '@keepwatch/domain';

const VERSION = 'v1';

/**
 * Seals the credentials Keepwatch must keep to act for a tenant (a Jira API token) with
 * AES-256-GCM under `SECRETS_KEY`, bound to a context (the tenant id) so a sealed value copied to
 * another tenant's row does not open. The database only ever holds `v1.<iv>.<tag>.<ciphertext>`.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer | undefined) {}

  /** From `SECRETS_KEY` (32 bytes, base64); without one, nothing can be sealed. */
  static fromBase64(value: string | undefined): SecretBox {
    const key = value === undefined ? undefined : Buffer.from(value, 'base64');
    if (key && key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes in base64');
    return new SecretBox(key);
  }

  seal(plain: string, context: string): string {
    if (!this.key) {
      throw new DomainError(
        'CONFLICT',
        'This API has no SECRETS_KEY, so it cannot store credentials: set SECRETS_KEY (32 bytes, base64)',
      );
    }
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(context));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map(encode).join('.');
  }

  /** The plain value; throws when the key, the context or the value itself is not the sealing one. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (!this.key || version !== VERSION || !iv || !tag || data === undefined) {
      throw new Error(
        'A stored credential cannot be opened: no SECRETS_KEY, or not a sealed value',
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, decode(iv))
      .setAAD(Buffer.from(context))
      .setAuthTag(decode(tag));
    try {
      return Buffer.concat([decipher.update(decode(data)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('A stored credential cannot be opened: another SECRETS_KEY sealed it');
    }
  }
}

const encode = (part: string | Buffer) =>
  typeof part === 'string' ? part : part.toString('base64url');
const decode = (part: string) => Buffer.from(part, 'base64url');

/**
 * The key a local setup (the embedded database, `npm start`) keeps beside its data: made once,
 * readable by its owner only.
 */
export async function localSecretsKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'secrets-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(32).toString('base64');
    await mkdir(dataDir, { recursive: true });
    // 'wx': if another process made it first, theirs is kept (and read below).
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}
