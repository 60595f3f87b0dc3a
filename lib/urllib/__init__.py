"""The urllib package (only urllib.parse)."""
