"""Layout test bed: generated orders with known gold, run through the real CLI.

Nothing here imports the readers (`parsers`, `normalizers`, `textcore`): the
generator owns its own layout model and the benchmark only reads the Parquet
dataset the program writes (tests/test_layoutbed.py checks the imports).
"""
