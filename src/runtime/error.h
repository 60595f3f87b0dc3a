// src/runtime/error.h — raising and inspecting exceptions.
//
// The exception being raised lives in the thread state (`mo_ts->exc`). A
// fallible function sets it and returns V_ERR (or -1 / NULL); its caller
// either handles it (mo_err_fetch / mo_err_clear) or passes the failure up.
// Never return V_ERR without an exception set, and never leave an exception
// set when returning success.
//
// mo_err_format understands printf conversions plus four of its own:
//   %R  repr() of a Value      %S  str() of a Value
//   %T  the type name of a Value      %U  the text of a str Value
//
// Read next: src/objects/exceptions.c (the exception types and objects).
#ifndef MO_ERROR_H
#define MO_ERROR_H

#include <stdbool.h>
#include <stdnoreturn.h>

#include "objects/object.h"

// The built-in exception types, one per name (X-macro: name, base).
#define MO_EXCEPTION_TYPES(X)                                  \
    X(BaseException, NULL)                                     \
    X(SystemExit, BaseException)                               \
    X(KeyboardInterrupt, BaseException)                        \
    X(GeneratorExit, BaseException)                            \
    X(Exception, BaseException)                                \
    X(StopIteration, Exception)                                \
    X(ArithmeticError, Exception)                              \
    X(FloatingPointError, ArithmeticError)                     \
    X(OverflowError, ArithmeticError)                          \
    X(ZeroDivisionError, ArithmeticError)                      \
    X(AssertionError, Exception)                               \
    X(AttributeError, Exception)                               \
    X(BufferError, Exception)                                  \
    X(EOFError, Exception)                                     \
    X(ImportError, Exception)                                  \
    X(ModuleNotFoundError, ImportError)                        \
    X(LookupError, Exception)                                  \
    X(IndexError, LookupError)                                 \
    X(KeyError, LookupError)                                   \
    X(MemoryError, Exception)                                  \
    X(NameError, Exception)                                    \
    X(UnboundLocalError, NameError)                            \
    X(OSError, Exception)                                      \
    X(FileNotFoundError, OSError)                              \
    X(FileExistsError, OSError)                                \
    X(PermissionError, OSError)                                \
    X(IsADirectoryError, OSError)                              \
    X(NotADirectoryError, OSError)                             \
    X(BlockingIOError, OSError)                                \
    X(ChildProcessError, OSError)                              \
    X(ConnectionError, OSError)                                \
    X(BrokenPipeError, ConnectionError)                        \
    X(ConnectionAbortedError, ConnectionError)                 \
    X(ConnectionRefusedError, ConnectionError)                 \
    X(ConnectionResetError, ConnectionError)                   \
    X(InterruptedError, OSError)                               \
    X(ProcessLookupError, OSError)                             \
    X(TimeoutError, OSError)                                   \
    X(ReferenceError, Exception)                               \
    X(RuntimeError, Exception)                                 \
    X(NotImplementedError, RuntimeError)                       \
    X(RecursionError, RuntimeError)                            \
    X(StopAsyncIteration, Exception)                           \
    X(SyntaxError, Exception)                                  \
    X(IndentationError, SyntaxError)                           \
    X(TabError, IndentationError)                              \
    X(SystemError, Exception)                                  \
    X(TypeError, Exception)                                    \
    X(ValueError, Exception)                                   \
    X(UnicodeError, ValueError)                                \
    X(UnicodeDecodeError, UnicodeError)                        \
    X(UnicodeEncodeError, UnicodeError)                        \
    X(UnicodeTranslateError, UnicodeError)                     \
    X(Warning, Exception)                                      \
    X(DeprecationWarning, Warning)                             \
    X(RuntimeWarning, Warning)                                 \
    X(UserWarning, Warning)                                    \
    X(PendingDeprecationWarning, Warning)                      \
    X(SyntaxWarning, Warning)                                  \
    X(FutureWarning, Warning)                                  \
    X(ImportWarning, Warning)                                  \
    X(UnicodeWarning, Warning)                                 \
    X(BytesWarning, Warning)                                   \
    X(ResourceWarning, Warning)                                \
    X(EncodingWarning, Warning)

#define MO_DECLARE_EXC(name, base) extern TypeObject mo_exc_##name;
MO_EXCEPTION_TYPES(MO_DECLARE_EXC)
#undef MO_DECLARE_EXC

// Sets a new exception of `type` whose message is formatted; returns V_ERR.
Value mo_err_format(TypeObject *type, const char *fmt, ...);
// Sets `type(arg)` (arg may be MO_NULL for no arguments); returns V_ERR.
Value mo_err_set_type(TypeObject *type, Value arg);
// Sets an exception that is a type or an instance, as `raise` does (a type
// is instantiated with no arguments). Returns V_ERR.
Value mo_err_set(Value exc);
Value mo_err_no_memory(void);

// Is an exception set? Is it an instance of `type`?
bool mo_err_occurred(void);
bool mo_err_matches(TypeObject *type);
// Takes the current exception (clearing it); MO_NULL if none.
Value mo_err_fetch(void);
void mo_err_clear(void);

// An impossible state: prints the message and aborts.
noreturn void mo_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#ifdef MO_DEBUG
#define MO_ASSERT(c) ((c) ? (void)0 : mo_fatal("assertion failed: %s (%s:%d)", #c, __FILE__, __LINE__))
#else
#define MO_ASSERT(c) ((void)0)
#endif

#endif
