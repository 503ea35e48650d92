"""An independent field set: realistic mail generated from the written description of the real world.

Built without looking at how the app reads pages (see README.md). ``build.build_fieldset`` writes the
files, the manager export and the truth; ``measure`` runs the command line on them and scores it.
"""
