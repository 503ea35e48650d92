"""Realistic sample submissions (forms, RIBs, IDs, cheques, Kbis, scans, mailroom batches).

Shipped with the application so ``telvalid demo`` can fill a workspace a newcomer can try,
and used by the tests and benchmarks as their source of known-truth data.
"""
