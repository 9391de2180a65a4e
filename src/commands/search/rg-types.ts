/** A subset of ripgrep's file type table (`rg --type-list`), with ripgrep's own type names. */

/** Type name → globs, sorted by name as ripgrep lists them. */
export const RG_TYPES: Readonly<Record<string, readonly string[]>> = {
  c: ['*.[chH]', '*.[chH].in', '*.cats'],
  cpp: [
    '*.[ChH]',
    '*.cc',
    '*.[ch]pp',
    '*.[ch]xx',
    '*.hh',
    '*.inl',
    '*.[ChH].in',
    '*.cc.in',
    '*.[ch]pp.in',
    '*.[ch]xx.in',
    '*.hh.in',
  ],
  cs: ['*.cs'],
  css: ['*.css', '*.scss'],
  csv: ['*.csv'],
  docker: ['*Dockerfile*'],
  go: ['*.go'],
  h: ['*.h', '*.hh', '*.hpp'],
  html: ['*.htm', '*.html', '*.ejs'],
  java: ['*.java', '*.jsp', '*.jspx', '*.properties'],
  js: ['*.js', '*.jsx', '*.vue', '*.cjs', '*.mjs'],
  json: ['*.json', 'composer.lock'],
  jsonl: ['*.jsonl'],
  kotlin: ['*.kt', '*.kts'],
  lock: ['*.lock', 'package-lock.json'],
  log: ['*.log'],
  lua: ['*.lua'],
  make: ['[Gg][Nn][Uu]makefile', '[Mm]akefile', '[Gg][Nn][Uu]makefile.am', '[Mm]akefile.am', '*.mk', '*.mak'],
  markdown: ['*.markdown', '*.md', '*.mdown', '*.mdwn', '*.mkd', '*.mkdn'],
  md: ['*.markdown', '*.md', '*.mdown', '*.mdwn', '*.mkd', '*.mkdn'],
  php: ['*.php', '*.php3', '*.php4', '*.php5', '*.php7', '*.php8', '*.pht', '*.phtml'],
  py: ['*.py'],
  r: ['*.R', '*.r', '*.Rmd', '*.Rnw'],
  ruby: ['config.ru', 'Gemfile', '.irbrc', 'Rakefile', '*.gemspec', '*.rb', '*.rbw'],
  rust: ['*.rs'],
  scala: ['*.scala', '*.sbt'],
  sh: ['.bashrc', '.bash_profile', '.profile', '.zshrc', '*.bash', '*.csh', '*.ksh', '*.sh', '*.tcsh', '*.zsh'],
  sql: ['*.sql', '*.psql'],
  svg: ['*.svg'],
  swift: ['*.swift'],
  toml: ['*.toml', 'Cargo.lock'],
  ts: ['*.ts', '*.tsx', '*.cts', '*.mts'],
  txt: ['*.txt'],
  vim: ['*.vim', '.vimrc', '.gvimrc', 'vimrc', 'gvimrc', '_vimrc', '_gvimrc'],
  xml: ['*.xml', '*.xml.dist', '*.dtd', '*.xsl', '*.xslt', '*.xsd', '*.xjb', '*.rng', '*.sch', '*.xhtml'],
  yaml: ['*.yaml', '*.yml'],
};

/** `rg --type-list`: one `name: glob, glob` line per type. */
export function typeList(): string {
  return Object.entries(RG_TYPES)
    .map(([name, globs]) => `${name}: ${globs.join(', ')}\n`)
    .join('');
}
