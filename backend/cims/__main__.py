import sys

from cims.cli import main

sys.exit(main())
