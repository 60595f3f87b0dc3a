import unittest
class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        raise KeyError("boom")
    def test_ok(self):
        pass
    def test_msg(self):
        self.assertTrue(False, "custom message")
print("before main")
unittest.main(verbosity=2)
