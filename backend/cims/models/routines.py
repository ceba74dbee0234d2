"""Schema objects Aerich does not describe: PostgreSQL routines.

``tools/makemigrations.py`` appends ``POSTGRES_UPGRADE`` to the PostgreSQL SQL of
the migration it writes (and ``POSTGRES_DOWNGRADE`` to its downgrade), and
``tests/test_migrations.py`` fails while no migration carries this very text: a
change here needs a migration like a change to a model does.

``cims_audit_append`` appends audit events to the hash chain in one statement, so
in one round trip and one implicit transaction: it takes the chain's lock, reads
the head with a snapshot taken after the lock (each statement of a volatile
PL/pgSQL function takes its own), and inserts the events in order, each hashed
with ``sha256(previous hash || canonical JSON)`` as ``cims.domain.audit.digest``
hashes it in Python. The caller passes every column but the two hashes, one
array per column in the table's column order, and the canonical JSON of each
event. Inside a caller's transaction it joins that transaction, lock included.
"""

AUDIT_APPEND = "cims_audit_append"
CHAIN_LOCK = 7_340_021  # an arbitrary, fixed advisory-lock key for the audit chain

POSTGRES_UPGRADE = f"""
CREATE OR REPLACE FUNCTION "cims_audit_append"(
    "occurred_at" TIMESTAMPTZ[],
    "actor" TEXT[],
    "action" TEXT[],
    "entity" TEXT[],
    "entity_id" TEXT[],
    "field_names" TEXT[],
    "details" TEXT[],
    "customer_id" INT[],
    "request_id" TEXT[],
    "client_address" TEXT[],
    "canonical" TEXT[]
) RETURNS INT LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    "prev" TEXT;
    "current" TEXT;
    "n" INT := coalesce(array_length("canonical", 1), 0);
BEGIN
    PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
    SELECT "e"."hash" INTO "prev" FROM "audit_event" AS "e" ORDER BY "e"."id" DESC LIMIT 1;
    "prev" := coalesce("prev", repeat('0', 64));
    FOR "i" IN 1 .. "n" LOOP
        "current" := encode(sha256(convert_to("prev" || "canonical"["i"], 'UTF8')), 'hex');
        INSERT INTO "audit_event" (
            "occurred_at", "actor", "action", "entity", "entity_id", "field_names",
            "details", "customer_id", "request_id", "client_address", "prev_hash", "hash"
        ) VALUES (
            "occurred_at"["i"], "actor"["i"], "action"["i"], "entity"["i"],
            "entity_id"["i"], "field_names"["i"]::JSONB, "details"["i"]::JSONB,
            "customer_id"["i"], "request_id"["i"], "client_address"["i"], "prev", "current"
        );
        "prev" := "current";
    END LOOP;
    RETURN "n";
END
$$;
"""

POSTGRES_DOWNGRADE = """
DROP FUNCTION IF EXISTS "cims_audit_append"(
    TIMESTAMPTZ[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], INT[], TEXT[], TEXT[],
    TEXT[]
);
"""
