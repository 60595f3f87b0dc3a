# Uncaught exception raised while executing a class body.
class Config:
    name = "app"
    port = int("80x")
