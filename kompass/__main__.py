import sys

from kompass.cli import main

sys.exit(main())
