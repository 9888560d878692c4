"""Every error reportdiff raises on purpose.

Each class also subclasses the builtin a caller would expect (``ValueError``,
``FileNotFoundError``), so plain ``except`` clauses keep working.  The CLI maps
any :class:`ReportdiffError` to one line, ``Error: <message>``, and exit code 2;
the message always names the input and the next thing to try.
"""

from __future__ import annotations


class ReportdiffError(Exception):
    """Base class: a problem with what reportdiff was given, not a bug."""


class InputError(ReportdiffError, ValueError):
    """A report could not be read; ``source`` names the file (or ``<bytes>``)."""

    def __init__(self, source: str, problem: str, hint: str) -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        super().__init__(f"{source}: {problem}; {hint}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Rebuilt from its three parts, not from its message: raised in a forked process
        (reading a timeline's files), it travels back whole."""
        return type(self), (self.source, self.problem, self.hint)


class MissingInputError(InputError, FileNotFoundError):
    """The path does not exist or is not a regular file."""


class EmptyInputError(InputError):
    """The file holds no text (zero bytes, or only white space)."""


class BinaryInputError(InputError):
    """The bytes are not text in any encoding we read (a PDF, an image, …)."""


class DecodingError(InputError, UnicodeError):
    """The bytes look like text but no supported encoding decodes them."""


class NoReportTextError(InputError):
    """The text decoded but holds no report body (no sentence was found)."""


class CorruptInputError(InputError):
    """A PDF, Word file or web page that its reader cannot open (truncated or damaged)."""


class EncryptedInputError(InputError):
    """A PDF locked with a password: its text cannot be read without it."""


class NoTextLayerError(InputError):
    """A PDF whose pages hold images only (a scan): its text needs OCR first."""


class TooLargeError(InputError):
    """The file is larger than ``Settings.max_size``: refused before it is read."""


class OutputError(ReportdiffError, OSError):
    """The result could not be written (a missing folder, a full disk, a closed stream)."""

    def __init__(self, target: str, problem: str, hint: str) -> None:
        self.target = target
        super().__init__(f"{target}: {problem}; {hint}")

    @classmethod
    def writing(cls, target: str, exc: OSError) -> OutputError:
        """``target`` could not be written because of ``exc``: the problem and what to try.

        >>> import errno
        >>> print(OutputError.writing("x.json", FileNotFoundError(errno.ENOENT, "No such file or directory")))
        x.json: cannot write (No such file or directory); create its folder first, or give another path
        """
        return cls(target, f"cannot write ({exc.strerror or exc})", _write_hint(exc.errno))


def _write_hint(code: int | None) -> str:
    import errno

    if code == errno.ENOENT:
        return "create its folder first, or give another path"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "give a path you may write to"
    if code == errno.EISDIR:
        return "give a file name, not a folder"
    return "check the path and the free space"


class MissingExtraError(ReportdiffError, ImportError):
    """An optional dependency an output needs is not installed; the message names the extra."""

    def __init__(self, what: str, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"{what} needs {package}; install it with: pip install 'reportdiff[{extra}]'")


class ClusterError(ReportdiffError, ConnectionError):
    """No Dask scheduler answers at the address given to ``--dask``."""

    def __init__(self, address: str, problem: str) -> None:
        self.address = address
        super().__init__(
            f"{address}: no Dask scheduler answers ({problem}); check the address, or use --dask local"
        )
