-- Facts about this database file itself, set by whoever made it. The app runs without
-- sign-in (demo mode, with a role switch that hands out every seat) only on a file whose
-- 'kind' is 'demo': one built by `python -m impact_core demo`. A migrated older file has
-- no row, so it counts as real data until someone says otherwise.
CREATE TABLE installation (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
