import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FS_COMMANDS } from '../../../src/commands/fs/index.js';
import { COMMANDS } from '../../../src/commands/registry.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

describe('every fs command', () => {
  for (const cmd of FS_COMMANDS) {
    test(`${cmd.name}: registered, --help, unknown option`, async () => {
      assert.equal(COMMANDS.get(cmd.name), cmd);
      const help = await runCommand(makeFs(), [cmd.name, '--help']);
      assert.equal(help.exitCode, 0);
      assert.match(help.stdout, new RegExp(`^Usage: ${cmd.name} `));
      assert.ok(help.stdout.endsWith('\n'));
      const bad = await runCommand(makeFs(), [cmd.name, '--no-such-option']);
      assert.equal(
        bad.stderr,
        `${cmd.name}: unrecognized option '--no-such-option'\nTry '${cmd.name} --help' for more information.\n`,
      );
      assert.equal(bad.exitCode, cmd.name === 'ls' ? 2 : 1);
    });
  }
});
