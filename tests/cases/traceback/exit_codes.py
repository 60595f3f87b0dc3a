# sys.exit with an int: exit status 4, no traceback.
import sys
print("exiting")
sys.exit(4)
