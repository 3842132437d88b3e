# The two commands a newcomer needs: `make run` opens the program on the demo hall, `make test`
# runs the whole suite. Both create or refresh .venv and install missing Debian packages when root.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test lint bench screenshots system-deps-run system-deps-test clean

# A venv left without pip (python3-venv missing when it was made) is made again, not reused.
$(VENV)/.stamp-run: pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@ $(VENV)/.stamp-run

run: system-deps-run $(VENV)/.stamp-run
	$(BIN)/yk-desktop --demo $(ARGS)

test: system-deps-test $(VENV)/.stamp-test
	$(BIN)/ruff check yk_desktop tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(VENV)/.stamp-test
	$(BIN)/ruff check yk_desktop tests benchmarks
	$(BIN)/mypy

bench: system-deps-test $(VENV)/.stamp-test
	$(BIN)/python -m benchmarks $(ARGS)

# Debian packages from resources/debian-packages.txt; PostgreSQL only when its server binaries are absent.
system-deps-run:
	@$(MAKE) -s _sysdeps WHEN="run"

system-deps-test:
	@$(MAKE) -s _sysdeps WHEN="run test"

_sysdeps:
	@set -e; \
	want=$$(awk -v when="$(WHEN)" 'BEGIN{n=split(when,w," ")} /^[^#]/{for(i=1;i<=n;i++) if($$1==w[i]) print $$2}' resources/debian-packages.txt); \
	case " $(WHEN) " in *" test "*) \
	  if ! { command -v pg_config >/dev/null && test -x "$$(pg_config --bindir 2>/dev/null)/initdb"; } \
	     && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
	    want="$$want postgresql"; fi;; esac; \
	if ! command -v dpkg >/dev/null; then echo "非 Debian 系统：请自行安装 $$want 的等价软件包"; exit 0; fi; \
	missing=""; for p in $$want; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "安装缺少的系统软件包:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "缺少系统软件包:$$missing（请以 root 执行: apt-get install$$missing）"; fi

screenshots: $(VENV)/.stamp-run
	for m in clerk kiosk display manager; do \
	  YK_DESKTOP_DATA=$$(mktemp -d) YK_DESKTOP_CONFIG=/nonexistent/config.toml \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/yk-desktop --mode $$m --demo --demo-at 10:30 --screenshot resources/screenshots/$$m.png; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
