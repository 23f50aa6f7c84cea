"""What the frozen app runs: ``composer.app.main``, as the ``composer`` console script does.

PyInstaller needs a script to start from; this is it (``packaging/composer.spec``).
"""

import sys

from composer.app import main

if __name__ == "__main__":
    sys.exit(main())
