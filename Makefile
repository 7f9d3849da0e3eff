# make install PREFIX=/usr/local   builds in release mode and installs the binary and the themes.
# make uninstall PREFIX=/usr/local removes them again. DESTDIR is honoured for packaging.
PREFIX ?= /usr/local

.PHONY: install uninstall

install:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" scripts/install.sh "$(PREFIX)"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/tresen"
	rm -rf "$(DESTDIR)$(PREFIX)/share/tresen/Themes"
