#!/usr/bin/env bash
# Renders an .xlsx the way a printer would see it: LibreOffice → PDF → PNG (first pages, 80 dpi).
# Usage: scripts/render-png.sh FILE.xlsx OUTDIR [PAGES]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 FILE.xlsx OUTDIR [PAGES (default 2)]" >&2
  exit 64
fi
file=$1
outdir=$2
pages=${3:-2}
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 66; }
mkdir -p "$outdir"
# LibreOffice needs a writable profile; a throwaway HOME keeps runs independent.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
HOME=$profile soffice --headless --convert-to pdf --outdir "$outdir" "$file" >/dev/null
base=$(basename "${file%.*}")
pdf="$outdir/$base.pdf"
[ -s "$pdf" ] || { echo "LibreOffice wrote no PDF for $file" >&2; exit 1; }
pdftoppm -png -r 80 -f 1 -l "$pages" "$pdf" "$outdir/$base"
ls "$outdir/$base"*.png
