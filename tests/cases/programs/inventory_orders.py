# An order-processing system: products, stock, orders with discounts, errors for invalid operations, and a report.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku

class Product:
    def __init__(self, sku, name, price_cents, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price_cents, stock

class Order:
    counter = 1000
    def __init__(self, customer):
        Order.counter += 1
        self.id = Order.counter
        self.customer = customer
        self.lines = []
        self.status = "open"
    def add(self, product, qty):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines.append((product, qty))
    def subtotal(self):
        return sum(p.price * q for p, q in self.lines)
    def discount(self):
        s = self.subtotal()
        if s >= 50000:
            return s // 10
        if sum(q for _, q in self.lines) >= 10:
            return s // 20
        return 0
    def total(self):
        return self.subtotal() - self.discount()

class Store:
    def __init__(self):
        self.products = {}
        self.orders = []
        self.revenue = 0
    def stock(self, *products):
        for p in products:
            self.products[p.sku] = p
    def place(self, order):
        for p, q in order.lines:
            if p.stock < q:
                order.status = "rejected"
                raise OutOfStock(p.sku, q, p.stock)
        for p, q in order.lines:
            p.stock -= q
        order.status = "paid"
        self.revenue += order.total()
        self.orders.append(order)

def money(c):
    return f"${c // 100:,}.{c % 100:02d}"

store = Store()
store.stock(Product("KB", "Keyboard", 4999, 10), Product("MS", "Mouse", 1999, 25),
            Product("MN", "Monitor", 18999, 4), Product("CB", "Cable", 499, 100))
P = store.products
requests = [("ann", [("KB", 1), ("MS", 2)]), ("bob", [("MN", 3), ("CB", 4)]), ("cid", [("CB", 12)]),
            ("dee", [("MN", 2)]), ("eve", [("KB", 1), ("ZZ", 1)]), ("fay", [("MS", 0)]), ("gus", [("MN", 1), ("KB", 2)])]
for who, lines in requests:
    o = Order(who)
    try:
        for sku, q in lines:
            o.add(P[sku], q)
        store.place(o)
        print(f"order {o.id} {who:<4} ok    total {money(o.total()):>10} (discount {money(o.discount())})")
    except OutOfStock as e:
        print(f"order {o.id} {who:<4} rejected: {e}")
    except KeyError as e:
        print(f"order {o.id} {who:<4} unknown product {e}")
    except ValueError as e:
        print(f"order {o.id} {who:<4} invalid: {e}")
print("-" * 44)
print(f"{'sku':<4}{'name':<10}{'price':>10}{'stock':>7}")
for p in store.products.values():
    print(f"{p.sku:<4}{p.name:<10}{money(p.price):>10}{p.stock:>7}")
print("revenue:", money(store.revenue), "orders:", [o.id for o in store.orders])
