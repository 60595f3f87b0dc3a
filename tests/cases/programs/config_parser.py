# An INI-style configuration parser with sections, typed getters, interpolation and line-numbered errors.
TEXT = """
; global settings
[server]
host = example.org
port = 8080
debug = yes
timeout = 2.5
url = http://${host}:${port}/api

[database]
name = mosaic
pool = 10
# user = admin
dsn = db://${name}?pool=${pool}

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${logs}/cache
"""
class ConfigError(Exception):
    pass

class Config:
    TRUE = {"yes", "true", "on", "1"}
    FALSE = {"no", "false", "off", "0"}
    def __init__(self, text):
        self.sections = {}
        current = None
        for n, raw in enumerate(text.split("\n"), 1):
            line = raw.strip()
            if not line or line[0] in ";#":
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError(f"line {n}: bad section header {line!r}")
                current = self.sections.setdefault(line[1:-1].strip(), {})
            elif "=" in line:
                if current is None:
                    raise ConfigError(f"line {n}: key outside of a section")
                k, v = line.split("=", 1)
                current[k.strip()] = v.strip()
            else:
                raise ConfigError(f"line {n}: expected 'key = value', got {line!r}")
    def get(self, section, key, depth=0):
        if depth > 10:
            raise ConfigError(f"interpolation too deep at {section}.{key}")
        try:
            value = self.sections[section][key]
        except KeyError:
            raise ConfigError(f"missing {section}.{key}") from None
        out = ""
        while "${" in value:
            i = value.index("${")
            j = value.index("}", i)
            out += value[:i] + self.get(section, value[i + 2:j], depth + 1)
            value = value[j + 1:]
        return out + value
    def getint(self, s, k):
        return int(self.get(s, k))
    def getfloat(self, s, k):
        return float(self.get(s, k))
    def getbool(self, s, k):
        v = self.get(s, k).lower()
        if v in self.TRUE:
            return True
        if v in self.FALSE:
            return False
        raise ConfigError(f"{s}.{k} is not a boolean: {v!r}")

cfg = Config(TEXT)
print(list(cfg.sections))
print({s: sorted(kv) for s, kv in cfg.sections.items()})
print(cfg.get("server", "url"), cfg.getint("server", "port") + 1, cfg.getbool("server", "debug"), cfg.getfloat("server", "timeout") * 2)
print(cfg.get("database", "dsn"), cfg.get("paths", "cache"))
for s, k in [("database", "user"), ("server", "host"), ("nosuch", "x")]:
    try:
        print(s, k, cfg.get(s, k))
    except ConfigError as e:
        print("ConfigError:", e)
try:
    cfg.getbool("server", "host")
except ConfigError as e:
    print("ConfigError:", e)
for bad in ["x = 1", "[open\nx=1", "[s]\njust words", "[a]\nx = ${y}\ny = ${x}"]:
    try:
        c = Config(bad)
        c.get("a", "x")
    except ConfigError as e:
        print("ConfigError:", e)
