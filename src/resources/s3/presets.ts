/**
 * Presets for S3-compatible services. A preset only fills in the endpoint, the
 * signing region, the addressing style and what the service lacks; explicit
 * S3Resource options win over it. Templates (`<x>` is an option of the preset):
 *
 * | provider     | endpoint                                                  | region         | style   |
 * | ------------ | --------------------------------------------------------- | -------------- | ------- |
 * | aws          | (the SDK's own, per region)                               | region         | virtual |
 * | r2           | https://<accountId>[.<jurisdiction>].r2.cloudflarestorage.com | auto       | path    |
 * | gcs          | https://storage.googleapis.com (XML API, HMAC keys)       | auto           | path    |
 * | minio        | <endpoint>                                                | us-east-1      | path    |
 * | ceph         | <endpoint> (RADOS Gateway)                                | us-east-1      | path    |
 * | wasabi       | https://s3.<region>.wasabisys.com                         | region         | virtual |
 * | b2           | https://s3.<region>.backblazeb2.com                       | region         | virtual |
 * | digitalocean | https://<region>.digitaloceanspaces.com                   | us-east-1      | virtual |
 * | supabase     | https://<projectRef>.supabase.co/storage/v1/s3            | region         | path    |
 * | oci          | https://<namespace>.compat.objectstorage.<region>.oraclecloud.com | region | path    |
 *
 * GCS's XML API has no multi-object delete, so its preset deletes keys one by one.
 */
import type { CostFigures } from '../../core/resource.js';

/** A service and the account details its endpoint is built from. */
export type S3Preset =
  | { readonly provider: 'aws'; readonly region?: string }
  | { readonly provider: 'r2'; readonly accountId: string; readonly jurisdiction?: 'eu' | 'fedramp' }
  | { readonly provider: 'gcs' }
  | { readonly provider: 'minio'; readonly endpoint: string }
  | { readonly provider: 'ceph'; readonly endpoint: string }
  | { readonly provider: 'wasabi'; readonly region: string }
  | { readonly provider: 'b2'; readonly region: string }
  | { readonly provider: 'digitalocean'; readonly region: string }
  | { readonly provider: 'supabase'; readonly projectRef: string; readonly region: string }
  | { readonly provider: 'oci'; readonly namespace: string; readonly region: string };

/** Every provider name a preset may have. */
export type S3Provider = S3Preset['provider'];

/** What a preset resolves to. */
export interface S3PresetSettings {
  /** Endpoint URL; undefined means AWS's own. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly forcePathStyle: boolean;
  /** The service implements DeleteObjects (multi-object delete). */
  readonly batchDelete: boolean;
  readonly cost: CostFigures;
}

/** AWS S3 Standard list prices: a GET ($0.0004 per 1,000; LIST is $0.005), internet egress $0.09/GB, first-byte latency. */
export const AWS_S3_COST: CostFigures = { perRequestUsd: 0.4e-6, egressUsdPerByte: 0.09 / 2 ** 30, latencyMs: 30 };

const NO_EGRESS_FEES: CostFigures = { ...AWS_S3_COST, egressUsdPerByte: 0 };

/** A service in the caller's own network: requests and bytes cost nothing, latency is a LAN's. */
const SELF_HOSTED: CostFigures = { perRequestUsd: 0, egressUsdPerByte: 0, latencyMs: 5 };

/** Account ids, regions and namespaces go into host names: refuse anything that is not a DNS label. */
function label(value: string, what: string): string {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(value)) {
    throw new TypeError(`S3 preset: invalid ${what} '${value}'`);
  }
  return value.toLowerCase();
}

/** The endpoint, region, addressing style and quirks of a preset. */
export function resolvePreset(preset: S3Preset): S3PresetSettings {
  const virtual = { forcePathStyle: false, batchDelete: true };
  const path = { forcePathStyle: true, batchDelete: true };
  switch (preset.provider) {
    case 'aws':
      return { ...virtual, region: preset.region, cost: AWS_S3_COST };
    case 'r2': {
      const j = preset.jurisdiction ? `.${label(preset.jurisdiction, 'jurisdiction')}` : '';
      const endpoint = `https://${label(preset.accountId, 'account id')}${j}.r2.cloudflarestorage.com`;
      return { ...path, endpoint, region: 'auto', cost: NO_EGRESS_FEES };
    }
    case 'gcs':
      return {
        forcePathStyle: true,
        batchDelete: false,
        endpoint: 'https://storage.googleapis.com',
        region: 'auto',
        cost: { perRequestUsd: 0.4e-6, egressUsdPerByte: 0.12 / 2 ** 30, latencyMs: 30 },
      };
    case 'minio':
    case 'ceph':
      return { ...path, endpoint: preset.endpoint, region: 'us-east-1', cost: SELF_HOSTED };
    case 'wasabi': {
      const region = label(preset.region, 'region');
      return { ...virtual, endpoint: `https://s3.${region}.wasabisys.com`, region, cost: NO_EGRESS_FEES };
    }
    case 'b2': {
      const region = label(preset.region, 'region');
      const cost = { perRequestUsd: 0.4e-6, egressUsdPerByte: 0.01 / 2 ** 30, latencyMs: 40 };
      return { ...virtual, endpoint: `https://s3.${region}.backblazeb2.com`, region, cost };
    }
    case 'digitalocean': {
      const endpoint = `https://${label(preset.region, 'region')}.digitaloceanspaces.com`;
      const cost = { perRequestUsd: 0, egressUsdPerByte: 0.01 / 2 ** 30, latencyMs: 40 };
      return { ...virtual, endpoint, region: 'us-east-1', cost };
    }
    case 'supabase': {
      const endpoint = `https://${label(preset.projectRef, 'project ref')}.supabase.co/storage/v1/s3`;
      return { ...path, endpoint, region: label(preset.region, 'region'), cost: AWS_S3_COST };
    }
    case 'oci': {
      const region = label(preset.region, 'region');
      const endpoint = `https://${label(preset.namespace, 'namespace')}.compat.objectstorage.${region}.oraclecloud.com`;
      return { ...path, endpoint, region, cost: AWS_S3_COST };
    }
  }
}
