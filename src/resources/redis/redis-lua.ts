/**
 * The Lua shared by every script of the Redis resource: key builders, path
 * helpers, the path walk that hands symlinks back to the VFS, and the reply
 * convention. Each script gets ARGV[1] = key prefix, ARGV[2] = the caller's clock
 * (ms), then its own arguments from ARGV[3].
 *
 * A script answers a table whose first element is 'OK' (then its results), an
 * errno code (then the path it concerns), or 'REDIRECT' (then link path, target,
 * rest). Checks always come before the first write: Redis does not roll back a
 * script that fails half-way.
 */
import { createHash } from 'node:crypto';
import { KEY_KIND } from './redis-keys.js';

/** A Lua script with the SHA1 EVALSHA names it by. */
export interface LuaScript {
  readonly name: string;
  readonly source: string;
  readonly sha: string;
}

const PRELUDE = `
local P = ARGV[1]
local NOW = ARGV[2]
local function mkey(p) return P .. '${KEY_KIND.meta}:' .. p end
local function dkey(p) return P .. '${KEY_KIND.dir}:' .. p end
local function fkey(p) return P .. '${KEY_KIND.data}:' .. p end

local function fail(...) error({mirage = {...}}) end

local function parent_of(p)
  local i = string.find(p, '/[^/]*$')
  if i == nil or i <= 1 then return '/' end
  return string.sub(p, 1, i - 1)
end
local function base_of(p) return string.match(p, '[^/]*$') end
local function join(dir, name)
  if dir == '/' then return '/' .. name end
  return dir .. '/' .. name
end

-- The type of the node at path. Symlinks met on the way, and the last one when
-- follow is set, fail with REDIRECT: their targets are virtual paths.
local function node_type(path, follow)
  if path == '/' then return 'directory' end
  local at = ''
  local prev = 'directory'
  for seg in string.gmatch(path, '[^/]+') do
    if prev ~= 'directory' then fail(prev == 'file' and 'ENOTDIR' or 'ENOENT', path) end
    at = at .. '/' .. seg
    local m = redis.call('HMGET', mkey(at), 'type', 'target')
    if not m[1] then fail('ENOENT', path) end
    if m[1] == 'symlink' and (follow or #at < #path) then
      fail('REDIRECT', at, m[2], string.sub(path, #at + 1))
    end
    prev = m[1]
  end
  return prev
end

-- Checks that the parent of path is a directory; a redirect keeps the last name in its rest.
local function parent_dir(path)
  local ok, res = pcall(node_type, parent_of(path), true)
  if not ok then
    if type(res) == 'table' and res.mirage and res.mirage[1] == 'REDIRECT' then
      local r = res.mirage
      fail('REDIRECT', r[2], r[3], r[4] .. '/' .. base_of(path))
    end
    error(res, 0)
  end
  if res ~= 'directory' then fail('ENOTDIR', path) end
end

-- The first change to a mount writes the root's metadata.
local function ensure_root()
  if redis.call('EXISTS', mkey('/')) == 0 then
    redis.call('HSET', mkey('/'), 'type', 'directory', 'mode', '493', 'mtime', NOW)
  end
end

local function add_entry(path, kind)
  local parent = parent_of(path)
  redis.call('HSET', dkey(parent), base_of(path), kind)
  redis.call('HSET', mkey(parent), 'mtime', NOW)
end

local function remove_entry(path)
  local parent = parent_of(path)
  redis.call('HDEL', dkey(parent), base_of(path))
  redis.call('HSET', mkey(parent), 'mtime', NOW)
end

-- Every path of the subtree at root (root first), found through the listings.
local function subtree(root, kind)
  local out = {root}
  if kind ~= 'directory' then return out end
  local dirs = {root}
  local i = 1
  while i <= #dirs do
    local list = redis.call('HGETALL', dkey(dirs[i]))
    for j = 1, #list, 2 do
      local child = join(dirs[i], list[j])
      out[#out + 1] = child
      if list[j + 1] == 'directory' then dirs[#dirs + 1] = child end
    end
    i = i + 1
  end
  return out
end

-- Whether path may be opened for writing: true when a file is there, false when
-- nothing is; a directory is EISDIR and a symlink is followed through the VFS.
local function writable_entry(path)
  if path == '/' then fail('EISDIR', path) end
  parent_dir(path)
  local m = redis.call('HMGET', mkey(path), 'type', 'target')
  if m[1] == 'directory' then fail('EISDIR', path) end
  if m[1] == 'symlink' then fail('REDIRECT', path, m[2], '') end
  return m[1] == 'file'
end

-- Records new bytes of a file already stored in fkey(path) (and the file itself when new).
local function finish_write(path, existed)
  redis.call('HSET', mkey(path), 'type', 'file', 'size', redis.call('STRLEN', fkey(path)), 'mtime', NOW)
  if not existed then
    redis.call('HSET', mkey(path), 'mode', '420')
    add_entry(path, 'file')
  end
end
`;

const EPILOGUE = `
local ok, res = pcall(main)
if ok then return res end
if type(res) == 'table' and res.mirage then return res.mirage end
if type(res) == 'table' then return redis.error_reply(tostring(res.err)) end
return redis.error_reply(tostring(res))
`;

/** Wraps a script body (which defines `local function main()`) with the shared Lua. */
export function luaScript(name: string, body: string): LuaScript {
  const source = `${PRELUDE}\n${body}\n${EPILOGUE}`;
  return { name, source, sha: createHash('sha1').update(source).digest('hex') };
}
