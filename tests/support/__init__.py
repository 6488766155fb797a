"""Helpers shared by the tests: paths, document builders, the network guard, Qt input, stand-ins."""
