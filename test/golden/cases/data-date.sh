# date: parsing -d strings, formats, flags and errors. Every case names its
# time explicitly (never "now"), and nothing here sets the clock.

#### date default format
date -d @1700000000

#### date -u
date -u -d '2024-02-29 13:14:15'

#### date epoch with fraction
date -d @1.5 '+%s %N %3N'
date -d @-1 '+%F %T'

#### date ISO 8601 forms
date -d '2023-01-05T07:08:09.123456789Z' -I
date -d '2023-01-05T07:08:09.123456789Z' -Ihours
date -d '2023-01-05T07:08:09.123456789Z' -Iminutes
date -d '2023-01-05T07:08:09.123456789Z' -Iseconds
date -d '2023-01-05T07:08:09.123456789Z' -Ins
date -d '2023-01-05T07:08:09.123456789Z' --iso-8601=seconds

#### date RFC formats
date -d @1700000000 -R
date -d @1700000000 --rfc-3339=date
date -d @1700000000 --rfc-3339=seconds
date -d '2023-01-05T07:08:09.5Z' --rfc-3339=ns

#### date numeric conversions
date -d '2023-01-05 07:08:09' '+%Y|%m|%d|%H|%M|%S|%j|%u|%w|%U|%W|%V|%G|%g|%C|%y|%q'

#### date names and AM PM
date -d '2023-01-05 19:08:09' '+%a|%A|%b|%B|%h|%p|%P|%I|%l|%k|%e'

#### date composite conversions
date -d '2023-01-05 07:08:09' '+%c|%D|%F|%T|%R|%r|%x|%X'

#### date padding flags
date -d '2023-01-05 07:08:09' '+%-d|%_d|%e|%-e|%0e|%_H|%-H|%10Y|%_10Y|%-m'

#### date case flags and widths
date -d '2023-01-05 07:08:09' '+%^a|%#a|%^B|%10a|%-10a|%010a|%^p|%#p|%#Z'

#### date zone conversions
date -d @0 '+%z|%:z|%::z|%:::z|%Z'
TZ=Asia/Kolkata date -d @0 '+%z|%:z|%::z|%:::z|%Z'
TZ=America/New_York date -d @0 '+%z|%:z|%Z'

#### date literal escapes
date -d @0 '+a%nb%tc%%d'

#### date unknown conversion kept
date -d @0 '+%Q|%:Q|%E'

#### date nanosecond widths
date -d @1.123456789 '+%N|%3N|%6N|%12N|%-N'

#### date ISO week edges
date -d 2021-01-03 '+%G-W%V-%u %Y %U %W'
date -d 2020-12-31 '+%G-W%V-%u'
date -d 2024-12-30 '+%G-W%V-%u'

#### date leap day and day of year
date -d 2024-12-31 +%j
date -d 2023-12-31 +%j
date -d 2024-02-29 '+%F %a'

#### date time zones from TZ
TZ=Europe/Paris date -d @1700000000
TZ=Asia/Tokyo date -d @1700000000
TZ=America/Sao_Paulo date -d @1700000000
TZ=Australia/Sydney date -d @1700000000
TZ=JST-9 date -d @1700000000
TZ=':Europe/London' date -d @1700000000

#### date daylight saving time
TZ=America/New_York date -d '2024-07-04 12:00'
TZ=America/New_York date -d '2024-01-04 12:00'
TZ=America/New_York date -d '2024-11-03 01:30' '+%F %T %Z'

#### date nonexistent local time [stderr]
TZ=America/New_York date -d '2024-03-10 02:30'
echo "status $?"

#### date ISO strings with zones
date -d '2024-01-02T03:04:05Z' '+%F %T'
date -d '2024-01-02 03:04:05 +0130' '+%F %T'
date -d '2024-01-02T03:04:05+01:00' '+%F %T'
date -d '2024-01-02 03:04 UTC' '+%F %T'
date -d '2024-01-02 10:00 EST' '+%F %T'

#### date written dates
date -d 'jan 5 2020' +%F
date -d '5 jan 2020' +%F
date -d 'Jan 5, 2020 3pm' '+%F %T'
date -d '01/02/2024' +%F
date -d '20240102' +%F
date -d '2024-1-2' +%F
date -d 'December 25 2023' +%F
date -d 'tue, 02 jan 2024 03:04:05 +0000' '+%F %T'

#### date relative to a fixed date
date -d '2024-01-31 +1 month' +%F
date -d '2024-02-29 1 year' +%F
date -d '2024-01-02 1 day ago' +%F
date -d '2024-06-15 12:00 +5 hours' '+%F %T'
date -d '2024-06-15 12:00 -90 minutes' '+%F %T'
date -d '2024-06-15 2 weeks' +%F
date -d '2024-06-15 1 fortnight ago' +%F

#### date twelve hour clock
date -d '2024-06-15 12am' '+%F %T'
date -d '2024-06-15 12pm' '+%F %T'
date -d '2024-06-15 3:30pm' '+%F %T'

#### date -r reference file
touch -d '2021-02-03 04:05:06' f
date -r f '+%F %T'

#### date -r missing file [stderr]
date -r nope
echo "status $?"

#### date -f file of dates [stderr]
printf '2020-01-01\nbad\n@5\n' > dates
date -f dates +%F
echo "status $?"

#### date invalid dates [stderr]
date -d foo
echo "status $?"
date -d '2024-13-01'
echo "status $?"
date -d '2024-02-30'
echo "status $?"
date -d '2024-01-02 25:00'
echo "status $?"

#### date invalid -I argument [stderr]
date -Ix
echo "status $?"

#### date invalid rfc-3339 argument [stderr]
date --rfc-3339=x
echo "status $?"
date --rfc-3339
echo "status $?"

#### date multiple output formats [stderr]
date -d @0 -I -R
echo "status $?"
date -d @0 -R +%s
echo "status $?"

#### date extra operand [stderr]
date -d @0 +%s +%s
echo "status $?"

#### date argument without plus [stderr]
date -d @0 foo
echo "status $?"

#### date invalid set operand [stderr]
date 0101
echo "status $?"

#### date bad option [stderr]
date --bogus
echo "status $?"
date -d
echo "status $?"
