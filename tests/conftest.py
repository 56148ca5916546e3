pytest_plugins = ["tests.conftest_formats"]
