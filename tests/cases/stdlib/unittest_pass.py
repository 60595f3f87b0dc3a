import unittest
class Calc:
    def add(self, a, b): return a + b
    def div(self, a, b): return a / b
class TestCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.c = Calc()
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_add(self):
        self.assertEqual(self.c.add(2, 3), 5)
        self.assertTrue(self.c.add(0, 1))
        self.assertIn(3, [1, 2, 3])
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        print("exc:", cm.exception)
        self.assertRaises(TypeError, self.c.add, 1, "x")
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)
    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never")
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
class TestOther(unittest.TestCase):
    def test_is(self):
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
if __name__ == "__main__":
    unittest.main()
