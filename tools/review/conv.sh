#!/usr/bin/env bash
# conv.sh BIN PUBLIC(0/1) "c:text" "a:text" ... : replies for one conversation
BIN=$1; PUB=$2; shift 2
cfg=$(mktemp); tr=$(mktemp)
if [ "$PUB" = 1 ]; then echo '{"publicChannel": true}' > $cfg; else echo '{}' > $cfg; fi
for m in "$@"; do
  role=customer; [ "${m:0:2}" = "a:" ] && role=agent
  python3 -c 'import json,sys; print(json.dumps({"role":sys.argv[1],"text":sys.argv[2][2:]}))' "$role" "$m" >> $tr
done
$BIN analyze $tr --config $cfg
rm -f $cfg $tr
