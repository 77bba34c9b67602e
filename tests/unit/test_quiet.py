"""Libraries' deprecation noise is hidden from a person's terminal; our own warnings show."""
import warnings

from bot import quiet


def test_library_deprecations_are_noise_and_ours_are_not():
    library = quiet.ROOT / ".venv" / "lib" / "python3.11" / "site-packages" / "jax" / "x.py"
    assert quiet.is_noise(DeprecationWarning, str(library))
    assert quiet.is_noise(FutureWarning, "/usr/lib/python3.11/site-packages/tensorflow/y.py")
    assert not quiet.is_noise(DeprecationWarning, str(quiet.ROOT / "bot" / "gateway" / "app.py"))
    assert not quiet.is_noise(UserWarning, str(library))


def test_shown_warnings_skip_the_noise_even_after_a_library_adds_its_own_filter():
    seen = []
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *args, **kwargs: seen.append(str(message))
        quiet.quiet()
        warnings.filterwarnings("once", category=DeprecationWarning)   # as Sanic does
        warnings.warn_explicit("old API", DeprecationWarning, "/site-packages/sanic/x.py", 1,
                               module="sanic.x")
        warnings.warn_explicit("our own", DeprecationWarning, str(quiet.ROOT / "bot" / "x.py"),
                               1, module="bot.x")
    assert seen == ["our own"]
