# voortgang: JSON + Markdown -> PDF progress reports for Dutch councils.
# Plain GNU make; `make demo` and `make check` are the two user commands.

VERSION   := 0.1.0
PREFIX    ?= /usr/local
CC        ?= cc
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L
PKGS      := jansson libcmark-gfm libxml-2.0 libzip libpng libjpeg
# Headers only: cairo (and the FreeType it draws with) is opened with
# dlopen when charts are exported (src/render/cairo_api.c), so it and the
# 16 libraries only it needs are not loaded by every run.
DLOPEN_PKGS := cairo freetype2
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) $(DLOPEN_PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LIBS      := $(PKG_LIBS) -lhpdf -ldeflate -lz -lm
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)
ALL_CFLAGS = $(WARN) $(CFLAGS) $(PKG_CFLAGS) -DVOORTGANG_VERSION='"$(VERSION)"' $(EXTRA_CFLAGS)

# Debian packages needed to build, test and render (installed by `make deps`).
DEB_PKGS := build-essential pkg-config valgrind groff-base clang libclang-rt-14-dev libhpdf-dev libjansson-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
            libxml2-dev libzip-dev libpng-dev libjpeg62-turbo-dev libcairo2-dev hyphen-nl zlib1g-dev libdeflate-dev check \
            qpdf poppler-utils libxml2-utils icc-profiles-free python3-jsonschema \
            default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java

BUILD     ?= build
BIN       ?= voortgang
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SRC       := $(shell find src -name '*.c' | sort)
OBJ       := $(SRC:%.c=$(BUILD)/%.o)
LIB_OBJ   := $(filter-out $(BUILD)/src/main.o,$(OBJ))
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
DATA      := $(sort $(wildcard data/*.json))

.PHONY: all deps demo check layers schema unit golden bad scaling pdfcheck doccheck audit batch jaar archive tagged bench bench-peers regen clean install asan valgrind fuzz
all: $(BIN)

# Install whatever Debian packages are missing (sudo when not root).
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "voortgang: installeren van Debian-pakketten:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

$(BIN): $(OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJ) $(LIBS) $(LDFLAGS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(LIB_OBJ) $(CHECK_LIBS) $(LIBS) $(LDFLAGS)

demo: deps
	@$(MAKE) --no-print-directory voortgang
	@mkdir -p output
	./voortgang render -o output $(DATA)
	@for t in raadsbrief raadsbrief-neutraal samenvatting samenvatting-neutraal voortgangsrapportage-neutraal; do \
	  mkdir -p output/$$t && ./voortgang render -q -t $$t -o output/$$t $(DATA) 2>/dev/null || exit 1; \
	done
	./voortgang audit --onderzoek data/onderzoek/vgk-2022.json -o output/audit.pdf $(filter %-2022q1.json,$(DATA))
	./voortgang jaar --jaar 2022 -o output $(filter data/meedoen-schuldenvrij-2022q%,$(DATA))
	@ls -l output/*.pdf output/*/*.pdf

check: deps
	@$(MAKE) --no-print-directory voortgang $(UNIT_BIN)
	@$(MAKE) --no-print-directory layers schema unit golden bad scaling pdfcheck doccheck audit batch jaar archive tagged
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory valgrind

# The whole suite again, built with AddressSanitizer and UBSan.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan BIN=build/asan/voortgang \
	  CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" \
	  build/asan/voortgang $(UNIT_SRC:tests/unit/%.c=build/asan/tests/%)
	@$(MAKE) --no-print-directory BUILD=build/asan BIN=build/asan/voortgang unit golden bad pdfcheck audit batch jaar archive \
	  VG=build/asan/voortgang

# libFuzzer targets (clang): each runs FUZZ_SECONDS on its corpus, which
# grows in build/fuzz/corpus-NAME and starts from tests/fuzz/NAME.
FUZZ_SECONDS ?= 10
FUZZ_TARGETS := json markdown template image csv docx xlsx review
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
fuzz: deps
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS="$(FUZZ_FLAGS)" \
	  $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus-$$t; \
	  dict=""; [ -f tests/fuzz/$$t.dict ] && dict="-dict=tests/fuzz/$$t.dict"; \
	  echo "fuzz: $$t, $(FUZZ_SECONDS) s"; \
	  VOORTGANG_DATADIR=$(CURDIR) ASAN_OPTIONS=detect_leaks=1 ./build/fuzz/fuzz_$$t $$dict \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	    -print_final_stats=1 build/fuzz/corpus-$$t tests/fuzz/$$t 2>build/fuzz/$$t.log \
	    || { tail -n 60 build/fuzz/$$t.log; exit 1; }; \
	  grep -E 'stat::number_of_executed_units|stat::peak_rss' build/fuzz/$$t.log; \
	done

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -Isrc -fsanitize=fuzzer,address,undefined -o $@ $< $(LIB_OBJ) $(LIBS)

# The golden cases under valgrind: any memory error or definite leak fails.
valgrind: voortgang
	@sh tests/valgrind.sh

unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do VOORTGANG_DATADIR=$(CURDIR) CK_VERBOSITY=normal ./$$t || fail=1; done; exit $$fail

# The JSON Schema: every sample and good golden input valid, every key the
# loader accepts in it.
schema:
	@sh tests/schema.sh

# The floors of src/format/ and src/chart/: no include upwards, no circle.
layers:
	@sh tests/layers.sh

golden: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/golden.sh

bad: $(BIN) $(BUILD)/mkimages
	@VG=./$(BIN) MKIMAGES=./$(BUILD)/mkimages VOORTGANG_DATADIR=$(CURDIR) sh tests/bad.sh

# The test images of tests/bad.sh: good and damaged PNGs and JPEGs.
$(BUILD)/mkimages: tests/images/mkimages.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBS) $(LDFLAGS)

# Work grows linearly with the input (paragraphs, tables, CSV rows, loops).
scaling: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/scaling.sh

pdfcheck: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/pdfcheck.sh $(DATA) tests/cases/grafieken.json

# Benchmarks (numbers, not tests): see bench/bench.sh.
bench: deps voortgang
	@command -v python3 >/dev/null || { sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; $$sudo apt-get install -y -qq python3; }
	@bash bench/bench.sh

# Ours, then the peers (WeasyPrint, pdfmake, Typst) on the same content, then a table of
# ours next to theirs with ratios from that one run: see bench/compare.sh.
bench-peers: deps voortgang
	@command -v python3 >/dev/null || { sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; $$sudo apt-get install -y -qq python3; }
	@bash bench/compare.sh

# Tagged PDF: structure tree, marked content, PDF/UA entries.
tagged: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/tagged.sh

# PDF/A-1b (Preflight), determinism and provenance of archive mode.
archive: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/archive.sh

audit: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/audit.sh

batch: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/batch.sh

# The annual report: text and diagnostics of good and bad years, the PDF.
jaar: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/jaar.sh

doccheck: $(BIN)
	@VG=./$(BIN) VOORTGANG_DATADIR=$(CURDIR) sh tests/doccheck.sh

regen: voortgang
	@REGEN=1 sh tests/golden.sh
	@REGEN=1 sh tests/bad.sh
	@REGEN=1 sh tests/audit.sh
	@REGEN=1 sh tests/jaar.sh

install: voortgang
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/voortgang/templates \
	  $(DESTDIR)$(PREFIX)/share/voortgang/fonts $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 voortgang $(DESTDIR)$(PREFIX)/bin/
	install -m 644 templates/* $(DESTDIR)$(PREFIX)/share/voortgang/templates/
	install -m 644 fonts/* $(DESTDIR)$(PREFIX)/share/voortgang/fonts/
	install -m 644 voortgang.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -rf build voortgang output/*.pdf output/*.txt

-include $(OBJ:.o=.d)
