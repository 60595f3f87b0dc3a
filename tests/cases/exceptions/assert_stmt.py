# assert statements: passing, failing with and without messages, message evaluation.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "custom message %d" % 7
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
