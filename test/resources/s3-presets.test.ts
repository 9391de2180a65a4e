/** Presets fill in endpoint, region and addressing for S3-compatible services; explicit options win. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolvePreset, S3Resource } from '../../src/resources/s3/index.js';

describe('S3 presets', () => {
  test('each provider resolves to its documented endpoint template', () => {
    const cases = [
      [{ provider: 'r2', accountId: 'abc123' }, 'https://abc123.r2.cloudflarestorage.com', 'auto', true],
      [
        { provider: 'r2', accountId: 'abc123', jurisdiction: 'eu' },
        'https://abc123.eu.r2.cloudflarestorage.com',
        'auto',
        true,
      ],
      [{ provider: 'gcs' }, 'https://storage.googleapis.com', 'auto', true],
      [{ provider: 'minio', endpoint: 'http://minio.local:9000' }, 'http://minio.local:9000', 'us-east-1', true],
      [{ provider: 'ceph', endpoint: 'https://rgw.example' }, 'https://rgw.example', 'us-east-1', true],
      [{ provider: 'wasabi', region: 'eu-central-1' }, 'https://s3.eu-central-1.wasabisys.com', 'eu-central-1', false],
      [{ provider: 'b2', region: 'us-west-004' }, 'https://s3.us-west-004.backblazeb2.com', 'us-west-004', false],
      [{ provider: 'digitalocean', region: 'nyc3' }, 'https://nyc3.digitaloceanspaces.com', 'us-east-1', false],
      [
        { provider: 'supabase', projectRef: 'abcdefgh', region: 'eu-west-2' },
        'https://abcdefgh.supabase.co/storage/v1/s3',
        'eu-west-2',
        true,
      ],
      [
        { provider: 'oci', namespace: 'axyz', region: 'us-ashburn-1' },
        'https://axyz.compat.objectstorage.us-ashburn-1.oraclecloud.com',
        'us-ashburn-1',
        true,
      ],
      [{ provider: 'aws', region: 'eu-west-1' }, undefined, 'eu-west-1', false],
    ] as const;
    for (const [preset, endpoint, region, pathStyle] of cases) {
      const got = resolvePreset(preset);
      assert.equal(got.endpoint, endpoint, preset.provider);
      assert.equal(got.region, region, preset.provider);
      assert.equal(got.forcePathStyle, pathStyle, preset.provider);
    }
  });

  test('GCS deletes one key at a time (its XML API has no DeleteObjects); R2 charges no egress', () => {
    assert.equal(resolvePreset({ provider: 'gcs' }).batchDelete, false);
    assert.equal(resolvePreset({ provider: 'minio', endpoint: 'http://m' }).batchDelete, true);
    const r2 = new S3Resource({ bucket: 'b-1', preset: { provider: 'r2', accountId: 'acct' } });
    assert.equal(r2.capabilities.cost.egressUsdPerByte, 0);
    assert.ok(new S3Resource({ bucket: 'b-1' }).capabilities.cost.egressUsdPerByte > 0);
  });

  test('values that are not DNS labels are refused before they reach a host name', () => {
    assert.throws(() => resolvePreset({ provider: 'r2', accountId: 'evil.com/x' }), /invalid account id/);
    assert.throws(() => resolvePreset({ provider: 'b2', region: '' }), /invalid region/);
    assert.throws(() => new S3Resource({ bucket: 'a/b' }), /invalid bucket name/);
  });

  test('explicit options win over the preset', () => {
    const s3 = new S3Resource({
      bucket: 'bucket',
      preset: { provider: 'wasabi', region: 'us-east-2' },
      endpoint: 'http://127.0.0.1:9/',
      region: 'custom-1',
      readOnly: true,
    });
    assert.deepEqual(JSON.parse(JSON.stringify(s3)), {
      kind: 's3',
      bucket: 'bucket',
      prefix: '',
      endpoint: 'http://127.0.0.1:9',
      region: 'custom-1',
      readOnly: true,
    });
    assert.deepEqual(
      { ...s3.capabilities, cost: undefined },
      { rangedRead: true, writable: false, symlinks: false, listPrefix: true, cost: undefined },
    );
  });

  test('an endpoint with user info is shown without it', () => {
    const s3 = new S3Resource({ bucket: 'bucket', endpoint: 'https://user:pa55word@minio.example:9000/base/?x=1' });
    const shown = JSON.stringify(s3);
    assert.equal(JSON.parse(shown).endpoint, 'https://minio.example:9000/base');
    assert.ok(!shown.includes('pa55word'));
  });
});
