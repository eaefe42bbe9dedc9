#include "core/store/schema.h"

namespace {

// Version 1: the whole inventory. Timestamps are ISO 8601 UTC text (portable and sortable);
// booleans, identity keys, blobs and now() come from the dialect. No secret is ever stored here:
// a token's secret lives in the OS keychain, keyed by tokens.id.
Migration version1()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("inventory schema");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE tokens (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    service_url TEXT,
    location_name TEXT,
    country_code TEXT,
    uid TEXT,
    org_name TEXT,
    expires_at TEXT,
    mdm_info_id TEXT,
    mdm_info_name TEXT,
    mdm_info_metadata TEXT,
    default_platform TEXT,
    website_url TEXT,
    status TEXT NOT NULL DEFAULT 'unknown',
    status_reason TEXT,
    last_apple_error INTEGER,
    sync_interval_s INTEGER NOT NULL DEFAULT 0,
    add_apps_automatically ${BOOL} NOT NULL DEFAULT ${FALSE},
    auto_update_apps ${BOOL} NOT NULL DEFAULT ${FALSE},
    assignment_type TEXT NOT NULL DEFAULT 'device',
    created_at TEXT NOT NULL DEFAULT (${NOW}),
    updated_at TEXT NOT NULL DEFAULT (${NOW}),
    last_sync_at TEXT,
    last_full_sync_at TEXT,
    assets_version TEXT,
    assignments_version TEXT,
    users_version TEXT))"),
        QStringLiteral("CREATE INDEX idx_tokens_uid ON tokens (uid)"),

        QStringLiteral(R"(CREATE TABLE groups (
    id ${ID_PK},
    name TEXT NOT NULL UNIQUE,
    source TEXT,
    imported_at TEXT NOT NULL DEFAULT (${NOW})))"),
        QStringLiteral(R"(CREATE TABLE group_members (
    group_id BIGINT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_kind TEXT NOT NULL CHECK (member_kind IN ('user', 'device')),
    member TEXT NOT NULL,
    PRIMARY KEY (group_id, member_kind, member)))"),
        QStringLiteral("CREATE INDEX idx_group_members_member ON group_members (member)"),
        // Distribution: the groups a token serves (empty = everybody).
        QStringLiteral(R"(CREATE TABLE token_groups (
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, group_id)))"),
        QStringLiteral("CREATE INDEX idx_token_groups_group ON token_groups (group_id)"),

        QStringLiteral(R"(CREATE TABLE assets (
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    adam_id TEXT NOT NULL,
    pricing_param TEXT NOT NULL,
    product_type TEXT NOT NULL,
    total_count INTEGER NOT NULL DEFAULT 0,
    assigned_count INTEGER NOT NULL DEFAULT 0,
    available_count INTEGER NOT NULL DEFAULT 0,
    retired_count INTEGER NOT NULL DEFAULT 0,
    device_assignable ${BOOL} NOT NULL DEFAULT ${FALSE},
    revocable ${BOOL} NOT NULL DEFAULT ${FALSE},
    unlimited ${BOOL} NOT NULL DEFAULT ${FALSE},
    platforms TEXT NOT NULL DEFAULT '',
    low_threshold_pct INTEGER,
    updated_at TEXT NOT NULL DEFAULT (${NOW}),
    PRIMARY KEY (token_id, adam_id, pricing_param)))"),
        QStringLiteral("CREATE INDEX idx_assets_adam ON assets (adam_id)"),
        QStringLiteral(R"(CREATE TABLE asset_metadata (
    adam_id TEXT NOT NULL PRIMARY KEY,
    name TEXT,
    bundle_id TEXT,
    version TEXT,
    artist TEXT,
    kind TEXT,
    genre TEXT,
    icon ${BLOB},
    icon_url TEXT,
    fetched_at TEXT,
    lookup_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (lookup_status IN ('pending', 'found', 'not_found'))))"),

        // One row per license held; exactly one target. Apple identifies an assignment by
        // (adamId, pricingParam, clientUserId | serialNumber), hence the two partial unique indexes.
        QStringLiteral(R"(CREATE TABLE assignments (
    id ${ID_PK},
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    adam_id TEXT NOT NULL,
    pricing_param TEXT NOT NULL,
    client_user_id TEXT,
    serial_number TEXT,
    CHECK ((client_user_id IS NULL) <> (serial_number IS NULL))))"),
        QStringLiteral("CREATE UNIQUE INDEX ux_assignments_user ON assignments "
                       "(token_id, adam_id, pricing_param, client_user_id) WHERE client_user_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX ux_assignments_device ON assignments "
                       "(token_id, adam_id, pricing_param, serial_number) WHERE serial_number IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_assignments_user ON assignments (client_user_id) "
                       "WHERE client_user_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_assignments_serial ON assignments (serial_number) "
                       "WHERE serial_number IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_assignments_adam ON assignments (adam_id)"),

        // Several rows per clientUserId: any number retired, at most one active.
        QStringLiteral(R"(CREATE TABLE vpp_users (
    id ${ID_PK},
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    client_user_id TEXT NOT NULL,
    email TEXT,
    id_hash TEXT,
    invite_code TEXT,
    status TEXT NOT NULL,
    managed_apple_id TEXT,
    updated_at TEXT NOT NULL DEFAULT (${NOW})))"),
        QStringLiteral("CREATE UNIQUE INDEX ux_vpp_users_active ON vpp_users (token_id, client_user_id) "
                       "WHERE status IN ('Registered', 'Associated')"),
        QStringLiteral("CREATE INDEX idx_vpp_users_client ON vpp_users (client_user_id)"),
        QStringLiteral("CREATE INDEX idx_vpp_users_email ON vpp_users (lower(email))"),
        QStringLiteral("CREATE INDEX idx_vpp_users_token ON vpp_users (token_id)"),

        QStringLiteral(R"(CREATE TABLE devices (
    serial_number TEXT NOT NULL PRIMARY KEY,
    name TEXT,
    owner TEXT,
    last_seen TEXT,
    source TEXT))"),
        QStringLiteral("CREATE INDEX idx_devices_owner ON devices (owner)"),

        QStringLiteral(R"(CREATE TABLE sync_runs (
    id ${ID_PK},
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
    outcome TEXT NOT NULL DEFAULT 'running',
    error TEXT,
    assets_count INTEGER NOT NULL DEFAULT 0,
    assignments_added INTEGER NOT NULL DEFAULT 0,
    assignments_removed INTEGER NOT NULL DEFAULT 0,
    users_count INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    new_assets INTEGER NOT NULL DEFAULT 0,
    counts_changed INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX idx_sync_runs_token ON sync_runs (token_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE sync_changes (
    id ${ID_PK},
    run_id BIGINT NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    change_kind TEXT NOT NULL,
    adam_id TEXT,
    target TEXT,
    old_value TEXT,
    new_value TEXT))"),
        QStringLiteral("CREATE INDEX idx_sync_changes_run ON sync_changes (run_id)"),

        QStringLiteral(R"(CREATE TABLE jobs (
    id ${ID_PK},
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (${NOW}),
    updated_at TEXT NOT NULL DEFAULT (${NOW}),
    payload TEXT NOT NULL DEFAULT '{}',
    dry_run_summary TEXT))"),
        QStringLiteral("CREATE INDEX idx_jobs_token_state ON jobs (token_id, state)"),
        QStringLiteral(R"(CREATE TABLE job_events (
    id ${ID_PK},
    job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    event_id TEXT,
    batch_no INTEGER NOT NULL,
    status TEXT NOT NULL,
    num_requested INTEGER NOT NULL DEFAULT 0,
    num_completed INTEGER NOT NULL DEFAULT 0,
    failures TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL DEFAULT (${NOW}),
    UNIQUE (job_id, batch_no)))"),
        QStringLiteral("CREATE INDEX idx_job_events_event ON job_events (event_id)"),

        // Tamper-evident: hash = SHA-256(prev_hash + canonical fields), see AuditLog.
        QStringLiteral(R"(CREATE TABLE audit_log (
    id ${ID_PK},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    token_name TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
    };
    return m;
}

// Version 2: the sync engine's history also keeps the number of assignments a run ended with.
Migration version2()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("sync run totals");
    m.statements = {
        QStringLiteral("ALTER TABLE sync_runs ADD COLUMN assignments_count INTEGER NOT NULL DEFAULT 0"),
    };
    return m;
}

// Version 4: small key/value settings of this installation, such as our MDM identity (the
// mdmInfo we write when the admin takes over a location). Never a secret.
Migration version4()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("installation settings");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (${NOW})))"),
    };
    return m;
}

// Version 5: the default settings of the apps a token distributes (mandatory, updates, backup,
// roaming, cellular data, VPN and single sign-on profiles), as a JSON object the token dialog edits.
Migration version5()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("token app defaults");
    m.statements = {
        QStringLiteral("ALTER TABLE tokens ADD COLUMN app_defaults TEXT NOT NULL DEFAULT '{}'"),
    };
    return m;
}

// Version 6: the users of one token in clientUserId order (the Users page filtered by location
// pages through it instead of sorting the token's rows each time). It replaces the token-only
// index, whose lookups it serves as well.
Migration version6()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("users by token and clientUserId");
    m.statements = {
        QStringLiteral("DROP INDEX IF EXISTS idx_vpp_users_token"),
        QStringLiteral("CREATE INDEX idx_vpp_users_token ON vpp_users (token_id, client_user_id)"),
    };
    return m;
}

// Version 7: leases, so that processes sharing the inventory (the console, a vppdesk-cli cron job)
// never sync the same token or drive the same job at once. See LeaseStore.
Migration version7()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("leases of syncs and jobs");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE leases (
    resource TEXT NOT NULL PRIMARY KEY,
    owner TEXT NOT NULL,
    holder TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    expires_at TEXT NOT NULL))"),
    };
    return m;
}

// Version 8: hardening. A token row carries a fingerprint of its secret (a truncated SHA-256, never
// the secret), checked against the keychain before use. An audit row names the key its HMAC was
// made with (NULL: a row of the older unkeyed SHA-256 chain).
Migration version8()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("token secret fingerprint, audit key id");
    m.statements = {
        QStringLiteral("ALTER TABLE tokens ADD COLUMN token_fingerprint TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN key_id TEXT"),
    };
    return m;
}

// Version 9: a batch counts how often it was sent again because Apple kept it PENDING, so that the
// cap on resubmissions holds across restarts (JobRunner).
Migration version9()
{
    Migration m;
    m.version = 9;
    m.description = QStringLiteral("job batch resubmissions");
    m.statements = {
        QStringLiteral("ALTER TABLE job_events ADD COLUMN resubmits INTEGER NOT NULL DEFAULT 0"),
    };
    return m;
}

// Version 10: the license counts of each asset over time, for the runway (days until an app runs
// out at its recent rate). A sync's apply writes a row per asset whose counts differ from its
// latest row (every asset on the first sync), so the table grows with changes, not with syncs.
// And devices by last-seen time, for the reclaim advisor.
Migration version10()
{
    Migration m;
    m.version = 10;
    m.description = QStringLiteral("asset count history");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE asset_count_history (
    id ${ID_PK},
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
    adam_id TEXT NOT NULL,
    pricing_param TEXT NOT NULL,
    run_id BIGINT,
    recorded_at TEXT NOT NULL,
    total_count INTEGER NOT NULL,
    assigned_count INTEGER NOT NULL,
    available_count INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_asset_count_history_asset ON asset_count_history "
                       "(token_id, adam_id, pricing_param, recorded_at)"),
        QStringLiteral("CREATE INDEX idx_asset_count_history_time ON asset_count_history (recorded_at)"),
        // The reclaim advisor's "not seen for N days" starts from the devices seen before a date.
        QStringLiteral("CREATE INDEX idx_devices_last_seen ON devices (last_seen)"),
    };
    return m;
}

} // namespace

QList<Migration> Schema::migrations()
{
    // Ascending by version: keep each new migration in its numbered place.
    return {version1(), version2(), version4(), version5(), version6(),
            version7(), version8(), version9(), version10()};
}

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

QList<std::pair<QString, QString>> Schema::assignmentLookupIndexes()
{
    return {
        {QStringLiteral("idx_assignments_user"),
         QStringLiteral("CREATE INDEX idx_assignments_user ON assignments (client_user_id) "
                        "WHERE client_user_id IS NOT NULL")},
        {QStringLiteral("idx_assignments_serial"),
         QStringLiteral("CREATE INDEX idx_assignments_serial ON assignments (serial_number) "
                        "WHERE serial_number IS NOT NULL")},
        {QStringLiteral("idx_assignments_adam"),
         QStringLiteral("CREATE INDEX idx_assignments_adam ON assignments (adam_id)")},
    };
}

QString Schema::migrationsTable()
{
    return QStringLiteral("schema_migrations");
}
