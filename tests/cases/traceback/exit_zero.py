# raise SystemExit(0) and sys.exit(None) both end with status 0; code after is not run.
import sys
print("one")
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(0)
print("never")
