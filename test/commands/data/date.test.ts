import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDateTime } from '../../../src/commands/data/date-parse.js';
import { strftime } from '../../../src/commands/data/strftime.js';
import { TimeZone } from '../../../src/commands/data/time-zone.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function date(args: string[], tz = 'UTC') {
  return runCommand(makeFs(), ['date', ...args], { env: { TZ: tz } });
}

function at(iso: string, format: string, tz = 'UTC'): string {
  const zone = TimeZone.fromTz(tz);
  const ms = Date.parse(iso);
  const seconds = Math.floor(ms / 1000);
  return strftime(format, { fields: zone.fields(ms), seconds, nanos: (ms - seconds * 1000) * 1e6 });
}

/** 2024-03-13 (a Wednesday) 10:20:30 UTC. */
const NOW = { sec: Date.UTC(2024, 2, 13, 10, 20, 30) / 1000, nsec: 0 };

function parsed(text: string, tz = 'UTC'): string | null {
  const r = parseDateTime(text, NOW, TimeZone.fromTz(tz));
  return r === null ? null : new Date(r.sec * 1000).toISOString().replace('.000Z', 'Z');
}

describe('date', () => {
  test('default format, -u and TZ', async () => {
    assert.equal((await date(['-d', '@1700000000'])).stdout, 'Tue Nov 14 22:13:20 UTC 2023\n');
    assert.equal((await date(['-d', '@1700000000'], 'Asia/Tokyo')).stdout, 'Wed Nov 15 07:13:20 JST 2023\n');
    assert.equal((await date(['-u', '-d', '@0'], 'Europe/Paris')).stdout, 'Thu Jan  1 00:00:00 UTC 1970\n');
  });

  test('ISO and RFC output options', async () => {
    assert.equal((await date(['-d', '@1.25', '-Ins'])).stdout, '1970-01-01T00:00:01,250000000+00:00\n');
    assert.equal((await date(['-d', '@0', '-R'], 'America/New_York')).stdout, 'Wed, 31 Dec 1969 19:00:00 -0500\n');
  });

  test('setting the clock is refused', async () => {
    const set = await date(['-s', '2020-01-01']);
    assert.deepEqual([set.stderr, set.exitCode], ['date: cannot set date: Operation not permitted\n', 1]);
    const operand = await date(['01010000']);
    assert.deepEqual([operand.stderr, operand.exitCode], ['date: cannot set date: Operation not permitted\n', 1]);
  });

  test('errors', async () => {
    assert.equal((await date(['-d', 'banana'])).stderr, "date: invalid date 'banana'\n");
    assert.equal((await date(['-d', '@0', '-I', '-R'])).stderr, 'date: multiple output formats specified\n');
    assert.match(
      (await date(['-Iweeks'])).stderr,
      /^date: invalid argument 'weeks' for '--iso-8601'\nValid arguments are:/,
    );
  });

  test('strftime flags and widths', () => {
    const t = '2023-01-05T07:08:09.123Z';
    assert.equal(at(t, '%-d|%_d|%e|%0e|%10Y|%_10Y|%-m'), '5| 5| 5|05|0000002023|      2023|1');
    assert.equal(at(t, '%^a|%#a|%10a|%-10a|%^B'), 'THU|THU|       Thu|Thu|JANUARY');
    assert.equal(at(t, '%3N|%N|%s|%j|%V|%G|%U|%W|%q'), '123|123000000|1672902489|005|01|2023|01|01|1');
    assert.equal(at(t, '%z|%:z|%::z|%:::z', 'Asia/Kolkata'), '+0530|+05:30|+05:30:00|+05:30');
    assert.equal(at(t, '%Q|%%|%n'), '%Q|%|\n');
  });

  test('ISO weeks across year ends', () => {
    assert.equal(at('2021-01-03T00:00:00Z', '%G-W%V-%u'), '2020-W53-7');
    assert.equal(at('2024-12-30T00:00:00Z', '%G-W%V-%u'), '2025-W01-1');
  });

  test('parsing absolute forms', () => {
    assert.equal(parsed('2024-01-02T03:04:05Z'), '2024-01-02T03:04:05Z');
    assert.equal(parsed('2024-01-02 03:04:05 +0130'), '2024-01-02T01:34:05Z');
    assert.equal(parsed('Jan 5, 2020 3pm'), '2020-01-05T15:00:00Z');
    assert.equal(parsed('01/02/2024'), '2024-01-02T00:00:00Z');
    assert.equal(parsed('2024-07-04 12:00', 'America/New_York'), '2024-07-04T16:00:00Z');
    assert.equal(parsed('@-1'), '1969-12-31T23:59:59Z');
  });

  test('parsing relative forms', () => {
    assert.equal(parsed('yesterday'), '2024-03-12T10:20:30Z');
    assert.equal(parsed('next monday'), '2024-03-18T00:00:00Z');
    assert.equal(parsed('last wednesday'), '2024-03-06T00:00:00Z');
    assert.equal(parsed('wednesday'), '2024-03-13T00:00:00Z');
    assert.equal(parsed('2 days ago 3 hours'), '2024-03-11T13:20:30Z');
    assert.equal(parsed('2024-01-31 +1 month'), '2024-03-02T00:00:00Z');
    assert.equal(parsed(''), '2024-03-13T00:00:00Z');
  });

  test('parsing rejects what GNU rejects', () => {
    for (const bad of ['2024-13-01', '2024-02-30', '25:00', '00:00:60', 'noon', 'j', '12:00 -90 minutes']) {
      assert.equal(parsed(bad), null, bad);
    }
    assert.equal(parsed('2024-03-10 02:30', 'America/New_York'), null, 'skipped by daylight saving time');
  });
});
