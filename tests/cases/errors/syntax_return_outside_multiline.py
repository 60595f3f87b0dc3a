# The traceback underlines the rest of the first line when the error spans
# several lines.
x = 1
return (x,
        2)
