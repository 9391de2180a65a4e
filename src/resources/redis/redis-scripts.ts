/**
 * One Lua script per operation of the Redis resource. Each runs atomically on the
 * server: its checks and all its changes happen with no other command in between.
 * Arguments start at ARGV[3] (see redis-lua.ts for ARGV[1..2] and the replies).
 */
import { luaScript } from './redis-lua.js';

/** ARGV: path, follow ('1'/'0'). Reply: 'OK', then the metadata hash as field/value pairs. */
export const STAT = luaScript(
  'stat',
  `local function main()
  local path = ARGV[3]
  node_type(path, ARGV[4] == '1')
  local r = redis.call('HGETALL', mkey(path))
  table.insert(r, 1, 'OK')
  return r
end`,
);

/** ARGV: path. Reply: 'OK', then name/type pairs. */
export const READDIR = luaScript(
  'readdir',
  `local function main()
  local path = ARGV[3]
  if node_type(path, true) ~= 'directory' then fail('ENOTDIR', path) end
  local r = redis.call('HGETALL', dkey(path))
  table.insert(r, 1, 'OK')
  return r
end`,
);

/** ARGV: path. Reply: 'OK', target. */
export const READLINK = luaScript(
  'readlink',
  `local function main()
  local path = ARGV[3]
  if node_type(path, false) ~= 'symlink' then fail('EINVAL', path) end
  return {'OK', redis.call('HGET', mkey(path), 'target')}
end`,
);

/** ARGV: path. Reply: 'OK', size of the file to stream. */
export const OPEN_READ = luaScript(
  'open_read',
  `local function main()
  local path = ARGV[3]
  local t = node_type(path, true)
  if t == 'directory' then fail('EISDIR', path) end
  if t ~= 'file' then fail('EINVAL', path) end
  return {'OK', redis.call('STRLEN', fkey(path))}
end`,
);

/** ARGV: path, append ('1'/'0'). Creates the file, or truncates it unless appending. */
export const OPEN_WRITE = luaScript(
  'open_write',
  `local function main()
  local path = ARGV[3]
  local existed = writable_entry(path)
  ensure_root()
  if existed and ARGV[4] == '1' then return {'OK'} end
  redis.call('SET', fkey(path), '')
  finish_write(path, existed)
  return {'OK'}
end`,
);

/**
 * ARGV: path, append ('1'/'0'), 'inline' or 'staged', then the bytes (inline) or
 * the staging key (staged). Stores a closed write's bytes.
 */
export const COMMIT = luaScript(
  'commit',
  `local function main()
  local path = ARGV[3]
  local append = ARGV[4] == '1'
  local staged = ARGV[5] == 'staged'
  if staged and redis.call('EXISTS', ARGV[6]) == 0 then fail('EIO', path) end
  local existed = writable_entry(path)
  ensure_root()
  if not staged then
    if append then redis.call('APPEND', fkey(path), ARGV[6]) else redis.call('SET', fkey(path), ARGV[6]) end
  elseif append and existed then
    redis.call('APPEND', fkey(path), redis.call('GET', ARGV[6]))
    redis.call('DEL', ARGV[6])
  else
    redis.call('RENAME', ARGV[6], fkey(path))
    redis.call('PERSIST', fkey(path))
  end
  finish_write(path, existed)
  return {'OK'}
end`,
);

/** ARGV: path, recursive ('1'/'0'). */
export const MKDIR = luaScript(
  'mkdir',
  `local function make_dir(p)
  redis.call('HSET', mkey(p), 'type', 'directory', 'mode', '493', 'mtime', NOW)
  add_entry(p, 'directory')
end
local function main()
  local path = ARGV[3]
  if ARGV[4] == '1' then
    ensure_root()
    local at = ''
    for seg in string.gmatch(path, '[^/]+') do
      at = at .. '/' .. seg
      local m = redis.call('HMGET', mkey(at), 'type', 'target')
      -- Once one directory is made, every name below it is missing too: no check can fail after a write.
      if not m[1] then
        make_dir(at)
      elseif m[1] == 'symlink' then
        fail('REDIRECT', at, m[2], string.sub(path, #at + 1))
      elseif m[1] ~= 'directory' then
        fail(#at == #path and 'EEXIST' or 'ENOTDIR', path)
      end
    end
    return {'OK'}
  end
  parent_dir(path)
  if redis.call('EXISTS', mkey(path)) == 1 then fail('EEXIST', path) end
  ensure_root()
  make_dir(path)
  return {'OK'}
end`,
);

/** ARGV: path, recursive ('1'/'0'). Removes a file or symlink, or a whole directory tree. */
export const RM = luaScript(
  'rm',
  `local function main()
  local path = ARGV[3]
  parent_dir(path)
  local t = redis.call('HGET', mkey(path), 'type')
  if not t then fail('ENOENT', path) end
  if t == 'directory' and ARGV[4] ~= '1' then fail('EISDIR', path) end
  ensure_root()
  for _, p in ipairs(subtree(path, t)) do redis.call('DEL', mkey(p), fkey(p), dkey(p)) end
  remove_entry(path)
  return {'OK'}
end`,
);

/** ARGV: path. Removes an empty directory. */
export const RMDIR = luaScript(
  'rmdir',
  `local function main()
  local path = ARGV[3]
  parent_dir(path)
  local t = redis.call('HGET', mkey(path), 'type')
  if not t then fail('ENOENT', path) end
  if t ~= 'directory' then fail('ENOTDIR', path) end
  if redis.call('EXISTS', dkey(path)) == 1 then fail('ENOTEMPTY', path) end
  ensure_root()
  redis.call('DEL', mkey(path))
  remove_entry(path)
  return {'OK'}
end`,
);

/** ARGV: from, to. Moves a node and, for a directory, every key of its subtree. */
export const RENAME = luaScript(
  'rename',
  `local function main()
  local from, to = ARGV[3], ARGV[4]
  parent_dir(from)
  local t = redis.call('HGET', mkey(from), 'type')
  if not t then fail('ENOENT', from) end
  parent_dir(to)
  local dt = redis.call('HGET', mkey(to), 'type')
  if dt == 'directory' and t ~= 'directory' then fail('EISDIR', to) end
  if dt and dt ~= 'directory' and t == 'directory' then fail('ENOTDIR', to) end
  if dt == 'directory' and redis.call('EXISTS', dkey(to)) == 1 then fail('ENOTEMPTY', to) end
  ensure_root()
  -- What is replaced: a file, a symlink or an empty directory.
  if dt then redis.call('DEL', mkey(to), fkey(to)) end
  for _, p in ipairs(subtree(from, t)) do
    local q = to .. string.sub(p, #from + 1)
    for _, key in ipairs({mkey, fkey, dkey}) do
      if redis.call('EXISTS', key(p)) == 1 then redis.call('RENAME', key(p), key(q)) end
    end
  end
  remove_entry(from)
  add_entry(to, t)
  return {'OK'}
end`,
);

/** ARGV: target, path. */
export const SYMLINK = luaScript(
  'symlink',
  `local function main()
  local target, path = ARGV[3], ARGV[4]
  if path == '/' then fail('EEXIST', path) end
  parent_dir(path)
  if redis.call('EXISTS', mkey(path)) == 1 then fail('EEXIST', path) end
  ensure_root()
  redis.call('HSET', mkey(path), 'type', 'symlink', 'target', target, 'mode', '511', 'mtime', NOW)
  add_entry(path, 'symlink')
  return {'OK'}
end`,
);

/** ARGV: path, mtime (ms). */
export const UTIMES = luaScript(
  'utimes',
  `local function main()
  local path = ARGV[3]
  node_type(path, true)
  ensure_root()
  redis.call('HSET', mkey(path), 'mtime', ARGV[4])
  return {'OK'}
end`,
);

/** ARGV: from, to. Copies a file's bytes on the server (COPY needs Redis 6.2). */
export const COPY_FILE = luaScript(
  'copy_file',
  `local function main()
  local from, to = ARGV[3], ARGV[4]
  local t = node_type(from, true)
  if t == 'directory' then fail('EISDIR', from) end
  if t ~= 'file' then fail('EINVAL', from) end
  local existed = writable_entry(to)
  ensure_root()
  if from ~= to then redis.call('COPY', fkey(from), fkey(to), 'REPLACE') end
  finish_write(to, existed)
  return {'OK'}
end`,
);
