import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secrets.js';

const box = SecretBox.fromBase64(randomBytes(32).toString('base64'));

describe('SecretBox', () => {
  it('seals without the plain text showing, and opens in the same context', () => {
    const sealed = box.seal('jira-token-123', 'tenant-a');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('jira-token-123');
    expect(box.seal('jira-token-123', 'tenant-a')).not.toBe(sealed);
    expect(box.open(sealed, 'tenant-a')).toBe('jira-token-123');
  });

  it('refuses another context, another key, or a tampered value', () => {
    const sealed = box.seal('jira-token-123', 'tenant-a');
    expect(() => box.open(sealed, 'tenant-b')).toThrow(/cannot be opened/);
    const other = SecretBox.fromBase64(randomBytes(32).toString('base64'));
    expect(() => other.open(sealed, 'tenant-a')).toThrow(/cannot be opened/);
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = `${v}.${iv}.${tag}.${data!.startsWith('A') ? 'B' : 'A'}${data!.slice(1)}`;
    expect(() => box.open(flipped, 'tenant-a')).toThrow(/cannot be opened/);
    expect(() => box.open('plain-token', 'tenant-a')).toThrow(/not a sealed value/);
  });

  it('without a key, refuses to seal with a CONFLICT that says what to set', () => {
    const none = SecretBox.fromBase64(undefined);
    expect(() => none.seal('x', 'tenant-a')).toThrow(/set SECRETS_KEY/);
    expect(() => SecretBox.fromBase64('c2hvcnQ=')).toThrow(/32 bytes/);
  });
});
