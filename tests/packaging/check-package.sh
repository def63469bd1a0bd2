#!/usr/bin/env bash
# Builds the .deb with CPack into a temporary folder and checks what Debian and apt will see:
# the file list (programs, manual pages, copyright, changelog, desktop entry, metainfo, icons),
# the control fields (a valid section, the Qt plugins as dependencies, an extended description),
# stripped programs, and lintian's verdict when lintian is installed.
set -euo pipefail
build_dir=$1
lintian_choice=${2:-lintian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/massage-desk_*.deb)
status=0
fail() { echo "FAIL: $*"; status=1; }

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' >"$work/files"
for f in usr/bin/massage-desk usr/bin/massage-desk-cli \
         usr/share/man/man1/massage-desk.1.gz usr/share/man/man1/massage-desk-cli.1.gz \
         usr/share/doc/massage-desk/copyright usr/share/doc/massage-desk/changelog.gz \
         usr/share/applications/massage-desk.desktop \
         usr/share/metainfo/io.massagedesk.massagedesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/massage-desk.svg \
         usr/share/icons/hicolor/256x256/apps/massage-desk.png \
         usr/share/icons/hicolor/64x64/apps/massage-desk.png; do
  grep -qx "$f" "$work/files" || fail "$f is not in the package"
done
# Nothing from the build or test tree leaks in (test programs, static libraries, headers).
if grep -E '(^|/)(test_|tst_)|\.a$|\.h$|^usr/lib' "$work/files"; then
  fail "unexpected files in the package"
fi

depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6widgets6 libqt6charts6; do
  [[ ",$depends," == *"$p"* ]] || fail "Depends lacks $p: $depends"
done
section=$(dpkg-deb -f "$deb" Section)
case "$section" in
  misc|utils|x11|database|net) ;;
  *) fail "Section '$section' is not one of Debian's" ;;
esac
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 3 ] || fail "no extended description"

mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
for b in massage-desk massage-desk-cli; do
  file "$work/root/usr/bin/$b" | grep -q ', stripped' || fail "$b is not stripped"
done
zcat "$work/root/usr/share/doc/massage-desk/changelog.gz" | head -1 |
  grep -Eq '^massage-desk \([0-9.]+\) [a-z]+; urgency=' || fail "changelog's first line is not Debian's format"
head -1 "$work/root/usr/share/doc/massage-desk/copyright" |
  grep -q 'copyright-format/1.0' || fail "copyright is not DEP-5"

if [ "$lintian_choice" = no-lintian ]; then
  echo "sanitizer build: lintian left out"
elif command -v lintian >/dev/null; then
  lintian --fail-on error,warning "$deb" || fail "lintian reports errors or warnings"
else
  echo "lintian not installed: its check was left out"
fi
[ $status -eq 0 ] && echo "package ok: $(wc -l <"$work/files") entries"
exit $status
