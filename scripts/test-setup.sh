#!/usr/bin/env bash
# `npm test` runs this first (pretest): what the suites need beyond node_modules, checked before anything is
# installed. The browser tests drive Debian's Chromium (never a downloaded browser) and need a CJK font to draw
# Chinese; the ledger's XLSX is read back with openpyxl; the PostgreSQL suites need PostgreSQL on 127.0.0.1:5432 (trust auth for user postgres) with pg_trgm.
# As root it installs what is missing with apt-get and starts a stopped server; otherwise it stops with the exact
# command to run. When everything is there it does nothing (no apt-get).
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
root() { [ "$(id -u)" = 0 ]; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
# The ledger test opens its XLSX in openpyxl, as a supervision office's scripts would (LibreOffice too, where installed).
python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
fresh_pg=0
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  if ! pg_up; then missing+=(postgresql postgresql-contrib); fresh_pg=1; fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! root; then
    echo "error: the tests need ${missing[*]}; install with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "test setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# A cluster installed just now: the suites connect over TCP as postgres without a password (trust, loopback only).
if [ "$fresh_pg" = 1 ]; then
  v=$(ls /etc/postgresql | sort -n | tail -1)
  hba=/etc/postgresql/$v/main/pg_hba.conf
  sed -i '1i host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust' "$hba"
fi

if ! pg_up; then
  v=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
  if ! root; then
    echo "error: PostgreSQL is not running on 127.0.0.1:5432; start it with: sudo pg_ctlcluster $v main start" >&2
    exit 1
  fi
  echo "test setup: starting PostgreSQL $v" >&2
  pg_ctlcluster "$v" main start || service postgresql start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  if ! pg_up; then
    echo "error: PostgreSQL $v could not be started on 127.0.0.1:5432 (see /var/log/postgresql)" >&2
    exit 1
  fi
fi

if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'" 2>/dev/null | grep -q 1; then
  if root && ! installed postgresql-contrib; then
    apt-get install -y -q --no-install-recommends postgresql-contrib >&2
  fi
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'" 2>/dev/null | grep -q 1; then
    echo "error: PostgreSQL on 127.0.0.1:5432 lacks pg_trgm, or refuses user postgres without a password; install with: sudo apt-get install -y postgresql-contrib (and allow 'host all postgres 127.0.0.1/32 trust' in pg_hba.conf)" >&2
    exit 1
  fi
fi
