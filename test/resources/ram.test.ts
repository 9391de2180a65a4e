import { RAMResource } from '../../src/resources/ram/index.js';
import { runResourceContract } from './contract.js';

runResourceContract(
  'ram',
  async () => ({ resource: new RAMResource(), cleanup: async () => undefined }),
  async () => ({ resource: new RAMResource({ readOnly: true }), cleanup: async () => undefined }),
);
