/** The resource contract on an S3 mount backed by a real s3rver process: a fresh key prefix per test. */
import { after, before } from 'node:test';
import { S3Resource } from '../../src/resources/s3/index.js';
import { S3RVER_CREDENTIALS, type S3TestServer, startS3Server } from '../helpers/s3-server.js';
import { runResourceContract } from './contract.js';
import { put } from './contract-helpers.js';

let server: S3TestServer;
let next = 0;

before(async () => {
  server = await startS3Server();
});
after(async () => {
  await server.stop();
});

function mount(prefix: string, readOnly = false): S3Resource {
  return new S3Resource({
    bucket: server.bucket,
    prefix,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    readOnly,
  });
}

runResourceContract(
  's3',
  async () => {
    const resource = mount(`contract/${next++}`);
    return { resource, cleanup: () => resource.close() };
  },
  async () => {
    const prefix = `contract-ro/${next++}`;
    // Real targets, so EROFS is proven to win over an operation that would succeed.
    const writer = mount(prefix);
    await put(writer, '/a', 'A');
    await writer.mkdir('/d');
    await writer.close();
    const resource = mount(prefix, true);
    return { resource, cleanup: () => resource.close() };
  },
);
