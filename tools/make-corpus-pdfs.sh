#!/usr/bin/env bash
# Regenerates the sample PDFs in corpus/ from their sources in
# tools/corpus-src/ (flat ODT written by hand) with LibreOffice headless.
# The sources live outside corpus/ so that `unxref scan corpus/` sees each
# document once. Only regenerating needs LibreOffice, so it is installed here
# on demand rather than by tools/setup.sh.
#
# Usage: tools/make-corpus-pdfs.sh [NAME.fodt ...]   (default: every source)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
src_dir="$root/tools/corpus-src"
out_dir="$root/corpus"

soffice_bin=$(command -v soffice || command -v libreoffice || true)
if [[ -z "$soffice_bin" ]]; then
  echo "make-corpus-pdfs: LibreOffice not found; installing libreoffice-writer-nogui" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-liberation >&2
  soffice_bin=$(command -v soffice || command -v libreoffice)
fi

if (($# == 0)); then
  set -- "$src_dir"/*.fodt
fi

# A private profile keeps the run independent of any desktop LibreOffice
# (a running instance would otherwise swallow the conversion request).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for src in "$@"; do
  [[ -f "$src" ]] || src="$src_dir/$src"
  name=$(basename "$src" .fodt)
  "$soffice_bin" -env:UserInstallation="file://$work/profile" --headless --norestore \
    --convert-to pdf --outdir "$work" "$src" >/dev/null 2>"$work/err" || {
    echo "make-corpus-pdfs: $src: conversion failed:" >&2
    cat "$work/err" >&2
    exit 1
  }
  if [[ ! -s "$work/$name.pdf" ]]; then
    echo "make-corpus-pdfs: $src: LibreOffice wrote no PDF" >&2
    cat "$work/err" >&2
    exit 1
  fi
  mv "$work/$name.pdf" "$out_dir/$name.pdf"
  echo "make-corpus-pdfs: $out_dir/$name.pdf ($(stat -c %s "$out_dir/$name.pdf") bytes)" >&2
done
