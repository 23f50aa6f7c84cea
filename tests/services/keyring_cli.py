"""``python tests/services/keyring_cli.py accounts …``: ``composer accounts`` as a program, built
with ``composer.cli_accounts.register`` the way ``composer/cli.py`` wires it, for the tests
that run it in a child process (under a real Secret Service, or in a terminal)."""

from __future__ import annotations

import argparse
import sys

from composer.cli_accounts import register, run


def main() -> int:
    parser = argparse.ArgumentParser(prog="composer")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    register(commands)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
