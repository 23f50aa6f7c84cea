import sys

from composer.app import main

sys.exit(main())
