"""What the window and the command line read: typed, frozen values, filled by the queries of db/ and
the services of core/. Nothing here imports peewee, the database, the core or Qt
(tests/test_architecture.py), so a screen can hold these values without holding a connection.
"""
