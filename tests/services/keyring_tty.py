"""Drive ``composer accounts`` in a real terminal (a pseudo-terminal): answer each prompt that
ends with one of the given prompts' endings, and print the whole transcript (what the terminal
showed) and the exit status as JSON. Used to prove the secrets are asked for without echo.

``python keyring_tty.py ANSWERS_JSON -- COMMAND...``; ANSWERS_JSON maps a prompt's ending
("(lwa_client_id; Enter to skip): ") to the line to type.
"""

from __future__ import annotations

import json
import os
import pty
import select
import sys


def main() -> None:
    answers: dict[str, str] = json.loads(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1 :]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, as in a real session
        os.execvp(command[0], command)
    transcript = b""
    pending = dict(answers)
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        transcript += chunk
        text = transcript.decode("utf-8", "replace")
        for ending, line in list(pending.items()):
            if text.rstrip(" ").endswith(ending.rstrip(" ")):
                os.write(fd, line.encode() + b"\n")
                del pending[ending]
    _, status = os.waitpid(pid, 0)
    json.dump(
        {
            "transcript": transcript.decode("utf-8", "replace"),
            "status": os.waitstatus_to_exitcode(status),
            "unanswered": sorted(pending),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
