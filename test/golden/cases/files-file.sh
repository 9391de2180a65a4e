# file: types from metadata, magic bytes, #! lines and text classes.

#### file text kinds
printf 'hello\n' > ascii
printf 'caf\303\251\n' > utf8
printf 'a\r\nb\r\n' > crlf
printf 'a\rb\r' > cr
printf 'no newline' > nonl
printf 'caf\351\n' > latin1
printf '\357\273\277hi\n' > bom
printf '\377\376h\000i\000' > u16
printf 'x\033[1mbold\n' > esc
file ascii utf8 crlf cr nonl latin1 bom u16 esc

#### file very long lines
for i in 1 2 3 4 5 6 7 8 9 10; do printf '%040d' 0; done > long
echo >> long
file long

#### file empty, directory and links
: > empty
mkdir dir
ln -s empty link
ln -s nowhere broken
file empty dir link broken
file -L link

#### file binary data
printf '\000\001\002' > bin
file bin

#### file scripts
printf '#!/bin/bash\necho hi\n' > b.sh
printf '#!/bin/sh\necho hi\n' > s.sh
printf '#!/usr/bin/env python3\nprint(1)\n' > p.py
printf '#!/usr/bin/env node\n' > n.js
printf '#!/usr/bin/perl\n' > pl
printf '#!/usr/local/bin/weird\n' > weird
printf '#!/bin/bash\n\001\n' > binscript
file b.sh s.sh p.py n.js pl weird binscript

#### file structured text
printf '{"a": 1}\n' > j.json
printf '[1, 2]\n' > arr.json
printf '{bad json\n' > bad.json
printf '<?xml version="1.0"?>\n<a/>\n' > x.xml
printf '<!DOCTYPE html>\n<html></html>\n' > h.html
printf 'a,b\n1,2\n' > c.csv
file j.json arr.json bad.json x.xml h.html c.csv

#### file images and documents
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\010\006\000\000\000' > p.png
printf 'GIF89a\020\000\020\000' > g.gif
printf '%%PDF-1.4\n' > d.pdf
file p.png g.gif d.pdf

#### file compressed data
printf 'BZh91AY&SY' > b.bz2
printf '\375\067zXZ\000\000\004' > x.xz
printf '\050\265\057\375' > s.zst
printf 'PAR1xxxx\000' > q.parquet
file b.bz2 x.xz s.zst q.parquet

#### file gzip details
printf 'hello\n' > h
touch -d '2020-01-02 03:04:05' h
gzip -k h
file h.gz
gzip -c -n h > n.gz
file n.gz

#### file brief and mime
printf 'hello\n' > ascii
printf 'caf\303\251\n' > utf8
printf '\000\001' > bin
mkdir dir
: > empty
file -b ascii
file -i ascii utf8 bin dir empty
file --mime-type ascii bin
file -b --mime-type dir
file --mime-encoding ascii utf8

#### file missing file
printf 'x\n' > ascii
file ascii nope
echo "status $?"

#### file missing file with -E
file -E nope
echo "status $?"

#### file stdin
printf 'hello\n' | file -
printf 'hello\n' | file -b -

#### file usage [stderr]
file
echo "status $?"
