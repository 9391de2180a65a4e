/** cd and pwd: the working directory is shell state, so these are builtins. */
import { FsError } from '../../core/errors.js';
import { resolvePath } from '../../core/path.js';
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';

/** `cd [-L|-P] [dir]`: changes $PWD/$OLDPWD; `cd -` prints the new directory. */
export async function cdBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const physical = argv.slice(1).includes('-P');
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P' && a !== '--');
  if (args.length > 1) {
    await sh.error('cd: too many arguments');
    return 1;
  }
  const st = sh.state;
  let target: string | undefined = args[0];
  let print = false;
  if (target === undefined) {
    target = st.getScalar('HOME');
    if (target === undefined) {
      await sh.error('cd: HOME not set');
      return 1;
    }
  } else if (target === '-') {
    target = st.getScalar('OLDPWD');
    if (target === undefined) {
      await sh.error('cd: OLDPWD not set');
      return 1;
    }
    print = true;
  }
  if (target === undefined || target === '') return 0;
  let abs = resolvePath(st.cwd, target);
  try {
    const s = await sh.fs.stat(abs);
    if (s.type !== 'directory') throw new FsError('ENOTDIR', target);
    if (physical) abs = await sh.fs.realpath(abs);
  } catch (e) {
    const reason = e instanceof FsError ? e.reason : String(e);
    await sh.error(`cd: ${target}: ${reason}`);
    return 1;
  }
  st.setScalar('OLDPWD', st.cwd);
  st.cwd = abs;
  st.setScalar('PWD', abs);
  if (print) await sh.write(fds.get(1)?.sink, `${abs}\n`);
  return 0;
}

/** `pwd [-L|-P]`: -P prints the directory with every symlink resolved. */
export async function pwdBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let physical = false;
  for (const a of argv.slice(1)) {
    if (a === '-P') physical = true;
    if (a === '-L') physical = false;
    if (a !== '-L' && a !== '-P') {
      await sh.error(`pwd: ${a}: invalid option`);
      await sh.errText('pwd: usage: pwd [-LP]\n');
      return 2;
    }
  }
  let dir = sh.state.cwd;
  if (physical) {
    try {
      dir = await sh.fs.realpath(dir);
    } catch (e) {
      await sh.error(`pwd: error retrieving current directory: ${e instanceof FsError ? e.reason : String(e)}`);
      return 1;
    }
  }
  await sh.write(fds.get(1)?.sink, `${dir}\n`);
  return 0;
}
