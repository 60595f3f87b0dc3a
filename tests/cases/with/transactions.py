# A transactional key-value store: context-manager transactions with commit/rollback and nested savepoints.
class Store:
    def __init__(self):
        self.data = {}
        self.stack = []
        self.log = []
    def transaction(self, name):
        return Transaction(self, name)
    def set(self, k, v):
        if self.stack:
            self.stack[-1][1].setdefault(k, self.data.get(k, Store))
        self.data[k] = v
    def delete(self, k):
        if self.stack:
            self.stack[-1][1].setdefault(k, self.data.get(k, Store))
        del self.data[k]
class Transaction:
    def __init__(self, store, name):
        self.store, self.name = store, name
    def __enter__(self):
        self.store.stack.append((self.name, {}))
        self.store.log.append(f"begin {self.name}")
        return self.store
    def __exit__(self, et, ev, tb):
        name, undo = self.store.stack.pop()
        if et is None:
            if self.store.stack:
                parent = self.store.stack[-1][1]
                for k, old in undo.items():
                    parent.setdefault(k, old)
            self.store.log.append(f"commit {name}")
            return False
        for k, old in undo.items():
            if old is Store:
                self.store.data.pop(k, None)
            else:
                self.store.data[k] = old
        self.store.log.append(f"rollback {name} ({et.__name__}: {ev})")
        return et is KeyError
s = Store()
with s.transaction("setup") as st:
    st.set("a", 1)
    st.set("b", 2)
print(s.data)
try:
    with s.transaction("outer") as st:
        st.set("a", 10)
        with s.transaction("inner-ok") as st2:
            st2.set("c", 3)
        with s.transaction("inner-missing-key") as st3:
            st3.set("b", 20)
            st3.delete("zzz")
        print("after suppressed inner:", s.data)
        st.set("d", 4)
        raise ValueError("abort outer")
except ValueError as e:
    print("outer failed:", e)
print(s.data)
print("\n".join(s.log))
