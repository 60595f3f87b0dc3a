# Alignment and padding with non-ASCII strings and fill characters (width counts code points).
for s in ["abc", "\u00e9t\u00e9", "\u65e5\u672c", ""]:
    print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:\u00b7^7}]")
print("[{:\u2500^20}]".format(" title "))
print("|" + "caf\u00e9".ljust(8, "_") + "|" + "na\u00efve".rjust(8) + "|")
