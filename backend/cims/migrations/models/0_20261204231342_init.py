"""Migration 0_20261204231342_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSON NOT NULL,
    "details" JSON,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL /* CFPB: cfpb
BANK: bank */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
) /* A two-level taxonomy, product then issue, one row per pair. */;
CREATE TABLE IF NOT EXISTS "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual
CORPORATE: corporate */,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL /* MALE: male
FEMALE: female
UNKNOWN: unknown */,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24) /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other */,
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL /* SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown */,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" NUMERIC(20,2),
    "assets" NUMERIC(20,2),
    "liabilities" NUMERIC(20,2),
    "status" VARCHAR(16) NOT NULL /* PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed */,
    "kyc_status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected */,
    "tags" JSON NOT NULL,
    "custom_attributes" JSON NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMP,
    "erased_at" TIMESTAMP,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling */,
    "granted" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat */,
    "recorded_at" TIMESTAMP NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "inputs" JSON NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" REAL NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSON NOT NULL,
    "recommended_limit" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DECIDED: decided */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "decision" VARCHAR(16) NOT NULL /* APPROVE: approve
REDUCE: reduce
DECLINE: decline */,
    "approved_limit" NUMERIC(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMP NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMP,
    "needs_second" INT NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" INT NOT NULL,
    "has_time_deposit" INT NOT NULL,
    "has_credit_card" INT NOT NULL,
    "has_loan" INT NOT NULL,
    "has_mortgage" INT NOT NULL,
    "has_wealth" INT NOT NULL,
    "has_insurance" INT NOT NULL,
    "deposit_balance" REAL NOT NULL,
    "wealth_balance" REAL NOT NULL,
    "credit_balance" REAL NOT NULL,
    "annual_income" REAL,
    "income_band" VARCHAR(16) NOT NULL /* UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high */,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMP,
    "frequency" INT NOT NULL,
    "monetary" REAL NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" REAL NOT NULL,
    "branch_share" REAL NOT NULL,
    "channel_mix" JSON NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner */,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" REAL NOT NULL,
    "lifetime_value" REAL NOT NULL,
    "tier" VARCHAR(16) NOT NULL /* PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze */,
    "drivers" JSON NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSON NOT NULL,
    "code_lists" JSON NOT NULL,
    "defaults" JSON NOT NULL,
    "options" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A saved column mapping: file header -> field, code lists, defaults, options. */;
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed */,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
) /* One dry run or commit of a file; its report holds masked values only. */;
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
) /* The source reference of an imported row that has no ID number of its own. */;
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other */,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
RETIRED: retired */,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMP,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMP,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSON NOT NULL,
    "post_logout_redirect_uris" JSON NOT NULL,
    "grant_types" JSON NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL /* DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance */,
    "currency" VARCHAR(3) NOT NULL,
    "active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" NUMERIC(20,2) NOT NULL,
    "credit_limit" NUMERIC(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed */,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "direction" VARCHAR(8) NOT NULL /* INBOUND: inbound
OUTBOUND: outbound */,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rank" SMALLINT NOT NULL,
    "score" REAL NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OFFERED: offered
ACCEPTED: accepted
DECLINED: declined */,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Sign-in rules an administrator sets per role. */;
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSON NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" INT NOT NULL,
    "columns" JSON NOT NULL,
    "visibility" VARCHAR(16) NOT NULL /* PRIVATE: private
TEAM: team */,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
CREATE TABLE IF NOT EXISTS "segment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RULE: rule
LEARNED: learned */,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSON,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSON NOT NULL,
    "size" INT NOT NULL,
    "active" INT NOT NULL,
    "version" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "since" TIMESTAMP NOT NULL,
    "until" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
) /* A customer's stay in a segment: open while ``until`` is null. */;
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "team" VARCHAR(64),
    "active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
) /* A browser's sign-in at the embedded provider (its cookie holds the key). */;
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMP NOT NULL,
    "family_expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "severity" VARCHAR(8) NOT NULL /* LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical */,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "escalated_at" TIMESTAMP,
    "reopened_at" TIMESTAMP,
    "ack_due_at" TIMESTAMP NOT NULL,
    "resolve_due_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP,
    "at_risk_at" TIMESTAMP,
    "breached_at" TIMESTAMP,
    "outcome" VARCHAR(24) /* MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief */,
    "root_cause" TEXT,
    "redress_amount" NUMERIC(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised
COMMENT: comment */,
    "from_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "to_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "reason" TEXT,
    "changes" JSON NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* One change in a complaint's history: who, when, what and why. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
) /* A single-use link; only a hash of its token is kept. */;
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
) /* An answer, with what it is about copied in for reporting by group. */;
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "booked_at" TIMESTAMP NOT NULL,
    "amount" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL /* CREDIT: credit
DEBIT: debit */,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter */,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed */,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" REAL,
    "model_version" VARCHAR(64),
    "corrected" INT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
) /* Staff confirmed or corrected a suggested category: training data. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
"""

SQLITE_DOWNGRADE = """

"""

POSTGRES_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSONB NOT NULL,
    "details" JSONB,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
);
COMMENT ON COLUMN "complaint_category"."origin" IS 'CFPB: cfpb
BANK: bank';
COMMENT ON TABLE "complaint_category" IS 'A two-level taxonomy, product then issue, one row per pair.';
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24),
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" DECIMAL(20,2),
    "assets" DECIMAL(20,2),
    "liabilities" DECIMAL(20,2),
    "status" VARCHAR(16) NOT NULL,
    "kyc_status" VARCHAR(16) NOT NULL,
    "tags" JSONB NOT NULL,
    "custom_attributes" JSONB NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMPTZ,
    "erased_at" TIMESTAMPTZ,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
COMMENT ON COLUMN "customer"."kind" IS 'INDIVIDUAL: individual
CORPORATE: corporate';
COMMENT ON COLUMN "customer"."gender" IS 'MALE: male
FEMALE: female
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."id_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other';
COMMENT ON COLUMN "customer"."marital_status" IS 'SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."status" IS 'PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed';
COMMENT ON COLUMN "customer"."kyc_status" IS 'PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected';
COMMENT ON COLUMN "customer"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" BOOL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" BOOL NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
COMMENT ON COLUMN "consent_record"."purpose" IS 'MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling';
COMMENT ON COLUMN "consent_record"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat';
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "inputs" JSONB NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSONB NOT NULL,
    "recommended_limit" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
COMMENT ON COLUMN "credit_assessment"."status" IS 'PENDING: pending
DECIDED: decided';
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "decision" VARCHAR(16) NOT NULL,
    "approved_limit" DECIMAL(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMPTZ NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMPTZ,
    "needs_second" BOOL NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "credit_decision"."decision" IS 'APPROVE: approve
REDUCE: reduce
DECLINE: decline';
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" BOOL NOT NULL,
    "has_time_deposit" BOOL NOT NULL,
    "has_credit_card" BOOL NOT NULL,
    "has_loan" BOOL NOT NULL,
    "has_mortgage" BOOL NOT NULL,
    "has_wealth" BOOL NOT NULL,
    "has_insurance" BOOL NOT NULL,
    "deposit_balance" DOUBLE PRECISION NOT NULL,
    "wealth_balance" DOUBLE PRECISION NOT NULL,
    "credit_balance" DOUBLE PRECISION NOT NULL,
    "annual_income" DOUBLE PRECISION,
    "income_band" VARCHAR(16) NOT NULL,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMPTZ,
    "frequency" INT NOT NULL,
    "monetary" DOUBLE PRECISION NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" DOUBLE PRECISION NOT NULL,
    "branch_share" DOUBLE PRECISION NOT NULL,
    "channel_mix" JSONB NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
COMMENT ON COLUMN "customer_features"."income_band" IS 'UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high';
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "customer_relation"."kind" IS 'SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner';
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" DOUBLE PRECISION NOT NULL,
    "lifetime_value" DOUBLE PRECISION NOT NULL,
    "tier" VARCHAR(16) NOT NULL,
    "drivers" JSONB NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "customer_value"."tier" IS 'PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze';
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSONB NOT NULL,
    "code_lists" JSONB NOT NULL,
    "defaults" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "import_template" IS 'A saved column mapping: file header -> field, code lists, defaults, options.';
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
COMMENT ON COLUMN "import_job"."status" IS 'RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed';
COMMENT ON TABLE "import_job" IS 'One dry run or commit of a file; its report holds masked values only.';
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "import_record" IS 'The source reference of an imported row that has no ID number of its own.';
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMPTZ,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMPTZ,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
COMMENT ON COLUMN "kyc_document"."doc_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other';
COMMENT ON COLUMN "kyc_document"."status" IS 'PENDING: pending
VERIFIED: verified
RETIRED: retired';
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSONB NOT NULL,
    "post_logout_redirect_uris" JSONB NOT NULL,
    "grant_types" JSONB NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "product"."category" IS 'DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance';
CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" DECIMAL(20,2) NOT NULL,
    "credit_limit" DECIMAL(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed';
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
COMMENT ON COLUMN "interaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "interaction"."direction" IS 'INBOUND: inbound
OUTBOUND: outbound';
COMMENT ON COLUMN "interaction"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rank" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
COMMENT ON COLUMN "recommendation"."status" IS 'OFFERED: offered
ACCEPTED: accepted
DECLINED: declined';
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "role_security" IS 'Sign-in rules an administrator sets per role.';
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSONB NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" BOOL NOT NULL,
    "columns" JSONB NOT NULL,
    "visibility" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
COMMENT ON COLUMN "saved_view"."visibility" IS 'PRIVATE: private
TEAM: team';
CREATE TABLE IF NOT EXISTS "segment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSONB,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSONB NOT NULL,
    "size" INT NOT NULL,
    "active" BOOL NOT NULL,
    "version" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
COMMENT ON COLUMN "segment"."kind" IS 'RULE: rule
LEARNED: learned';
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "since" TIMESTAMPTZ NOT NULL,
    "until" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
COMMENT ON TABLE "segment_membership" IS 'A customer''s stay in a segment: open while ``until`` is null.';
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "team" VARCHAR(64),
    "active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
COMMENT ON TABLE "provider_session" IS 'A browser''s sign-in at the embedded provider (its cookie holds the key).';
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "family_expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "escalated_at" TIMESTAMPTZ,
    "reopened_at" TIMESTAMPTZ,
    "ack_due_at" TIMESTAMPTZ NOT NULL,
    "resolve_due_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ,
    "at_risk_at" TIMESTAMPTZ,
    "breached_at" TIMESTAMPTZ,
    "outcome" VARCHAR(24),
    "root_cause" TEXT,
    "redress_amount" DECIMAL(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
COMMENT ON COLUMN "complaint"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "complaint"."severity" IS 'LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical';
COMMENT ON COLUMN "complaint"."status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint"."outcome" IS 'MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief';
COMMENT ON COLUMN "complaint"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16),
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "reason" TEXT,
    "changes" JSONB NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
COMMENT ON COLUMN "complaint_event"."kind" IS 'FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised
COMMENT: comment';
COMMENT ON COLUMN "complaint_event"."from_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint_event"."to_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON TABLE "complaint_event" IS 'One change in a complaint''s history: who, when, what and why.';
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "survey_invitation"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON TABLE "survey_invitation" IS 'A single-use link; only a hash of its token is kept.';
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
COMMENT ON COLUMN "survey_response"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON COLUMN "survey_response"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON TABLE "survey_response" IS 'An answer, with what it is about copied in for reporting by group.';
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "booked_at" TIMESTAMPTZ NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
COMMENT ON COLUMN "transaction"."direction" IS 'CREDIT: credit
DEBIT: debit';
COMMENT ON COLUMN "transaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter';
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
COMMENT ON COLUMN "alert"."status" IS 'OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed';
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" DOUBLE PRECISION,
    "model_version" VARCHAR(64),
    "corrected" BOOL NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "triage_correction" IS 'Staff confirmed or corrected a suggested category: training data.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""

POSTGRES_DOWNGRADE = """

"""

SQL = {
    "sqlite": {"upgrade": SQLITE_UPGRADE, "downgrade": SQLITE_DOWNGRADE},
    "postgres": {"upgrade": POSTGRES_UPGRADE, "downgrade": POSTGRES_DOWNGRADE},
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["downgrade"]


MODELS_STATE = (
    "eJztXelz20aW/1dQ/DLZKiVlU5Ht1W5tFURCFsa8iqTsZMIUBgKaYo9AgINDsrKb/327cR"
    "FHA0STAAV0+ktiAf2a5O/18e73v72tpQPD+UnUNMsz3d618L89U90C9I/sqwuhp+52+xf4"
    "gas+GP5YNTHowXFtVcNzrVXDAeiRDhzNhjsXWiZ6anqGgR9aGhoIzcf9I8+E//aA4lqPwN"
    "0AG7347Xf0GJo6+A6c6M/dk7KGwNBTXxbq+LP954r7uvOfyaZ76w/En/agaJbhbc394N2r"
    "u7HMeDQMvv4jMIGtugBP79oe/vr424U/NPpFwTfdDwm+YoJGB2vVM9zEz31Q9s96ijKZLp"
    "WFtFSUHgVAmmVicNFXdfxf/4i/wo/99z9//PnT5YefP6Eh/teMn3z8M/joPTABoQ/PZNn7"
    "03+vumowwsd4D6rpbR8QG3LADjaqTUZ2T5FBF33tLLoRlu2Fd6t+VwxgProb9OflzyVYfh"
    "Xngztx/sPlz/+BP9BCGyDYGJPwTd9/heHew6t5tg1M7ZUG4CRNPRBHD/YY77dtDOhg8mvv"
    "PChXAbkY4yzED6qhmhrIIzy2TPBKhjhBk0FYBxrcqsZPw+D/TaH9riGkS6AdSgN5LI5+6L"
    "+76PvoOv82oBugez+W5vIgfJVZwTbQoasYcAtdKoyzhCcDHZ4LVDg3eHTUD7W1QwDoCvoa"
    "OZyHCBYyzCmiLMaIyoVb8BP+R1NL+Y0gFpdSdqUalkMNX4roRPg6tEDz6Dmu6noO+Z6S0J"
    "3vwyejD4gOzhSMe+oz3lhIAoXPgPLS6omDpfxVuhYC6pU5nM7H4mR5LeiWvVVNd2Xezqf/"
    "kCboI23rD2CuzMFoupCG10KwVnpHXHnvP1S4895/KLz08KusYOG41hbYCpVUnKE6LB534J"
    "CoR0LeI7uzLd3TXDpg00Qc1xBXrMutn4iKR7QU8yDfWjaAj+aXULBInjkZYEP1dZCYqmMg"
    "/xktpOjp/hqx1ZdYCc5uXIQB+uUgECnm0mKJRAqEN2EZ1wDvbD8To+imd28BuHgtP6ja04"
    "tq60rRora2OyP4+BzuNyHt7Zc5MFT/pxSv6GiezkodOcxTixM9BtiAhOY+ESl5PxOjWKE3"
    "plMLVsv9TAxtZn9jWn0rsSFTWzX/atvfZp+opvro/yT82fiTIsuoAWyyydR/cVFqMI2HcH"
    "Npl4SWixJzqaOh25NwpxqWWoBsTJEBd41JursNiVrl9P5mJAmzuTSQF/J0gj9l++r829i/"
    "TBtD5pI4ykjfNlAd4kH398V0QkY4QZJV4KHmCv8nGNBpDOnef6890z9ShQcPGi40nZ/w5/"
    "1PU7bUEvwxRD7mToh5pED+MBZ/yeqWSKm98SGzHPfR9mfxJ7jpmF0gd7r4FjFao8B0hhV+"
    "TLkypcVAHIlLrPGjQaqBv97KHMqLsbzw7QA6dLbQcfDTAVqU8nzsWwcscw3tbVsMBDZ4hu"
    "CFzrWTpDmKXy2Tr9IYf6ji3flQ7N35kPPuBHgpwQGUB3oJvhdcCjlCFtAuQXcp/bIsP5ni"
    "e2I0nXyOhmePq5xnAmOjqAQldxiabgtdEwnKMqsv/kdD51ST6x79Pn1qGq+9WJ8o5Iw8Rh"
    "quOJ6l2IPtw/hNP32Fh09/yJ5D8STCN3l5J+A/hX9MJ1L2fonHLf+BjRU91XMtxbReFFVP"
    "QBQ9jWAkHWvHcD1DWgPbO7QBW8TmCJNSPod+mSP2dpKQ87jVPOY+jIZ8GAmbERHcG/hYiG"
    "+eth6I22AX+M9+//LyY//d5YdPVz9//Hj16V2MdP5VGeQ38meMemrrcJcHzQlWk8uj2Cqf"
    "NwsS90eeGVMTLC30n4qsONGq+qbboiov8mdCFXacZnn1dOhKz6AgYnX/9qLUBovHKSAe2B"
    "pLbNkJzJgx9gyH7kWJydbS/IDKY2TJDCl7iiJL0iTa1haVtSsmOJtp8mymrvf9T1Xsif1P"
    "xQZF/O7PLMDE+7IUYbJDkgGI67cmojsKulSR4nuK80XddR5gokJ0CGOyJlSXmZalVRxMhP"
    "+icuJlyLgjr3ZHng5cFRpUTEmQnMSQ7tjQGkHeBuhnO+SI0jJnXJKKBQdR00ePZkB0WmOZ"
    "ETGjwGVdZDTOUnK8D+O9s8GzslGdDQ3UKSIutlSAmRbhesFtUXpmPdDmDLQ0JsQ67VuIOz"
    "b8w4/ZHKBnPaKZKzvootzalRiOVkQ4vjVGr7+Kxaux8EPMUuoTN0XED4WqYgSdtJYi4tda"
    "peApHdpAcxXPhnRycZqOQbCv3r2rgDYaVQi3/y4TyKlZO0LocjHQMcEZUzqbUrbT+Pavri"
    "rgi0YV4uu/S+NrWsQqBCWFNCyyX7H7VqVG8PWvMW2jGvhjqIDOUzJ4ZjRi8k8jp2yRFGjR"
    "XYtFEzDIgSr4F6Ofd7cgYV6J3IrVnccpMpaCo87iRk7AvyU4E4tNpeFwbreu3XrqAMfB6u"
    "wToPKNZci4Pa+C60bdQoMK5D0Fe/heVknJuSxOybnMpeSA7zukuThHBKKkKXkcSpvjULzj"
    "4tY9HrXeDf46rrpe04WsJ0lYEsmaqg3j45XHlzpKeoHnGYOoXmXHQK4anJtcXamw3IG4GI"
    "hDiS5Iuj4Px42NuLPpEdwa4ZuLMl/Gw34M9190aV9fHPBf0JoPmPRa1J/v7f+fAtpoPIOG"
    "mPeVzOfvS8zn7/Pmc/x/BVCFvyZIOMrVUNYoI2A1duNfr6r5gEpcQIRSvh1KmD8v9GxlzF"
    "PEuOTTE0+tXcdeamJqF/HaddWxCqIiToRpiqOgBv5MjMJUoO/SgESn6nYSJM9+Bq8KOhh3"
    "aBwpu4AKL3+2eTgZQ5A1qdHvy5ISlPpUzdJivV5LDWtStf8tUX1MR0OR8IJG/NZTHQc+ms"
    "BnejjCf+4CdRuaUZKPM3noNtAAfA5kod+59eCs1oONaprAIOsHh2vRJcjbrC70bubiZHB3"
    "LQQWsJU5u0OC4bWwQ98YrMzpZCTjPy3TgPjv8fRGHqG/t9YDNNDfC2l0i6aef5UH6KkDjL"
    "XiAPsZauidNBbl0bUAtio0VuY3CSkKy2vhBSBk3JU5kpZLaX4tGMB1g1vk7a0aDngGdqFO"
    "WKH+YIK+1UwfTb8h5K0XxFBpKN+PEUOBDr3tyryTP6PFsIGPaCkM5vJSHoiIh4jWhVrQN+"
    "WNA1WSvyTHpuIaeBmyNnOnFj9XEyXw2l6ckxCuEt2fPcoNMpcGkvwVF9qMZliZ4uDLZPpt"
    "JA0/4+dIxEE6sAH0R/xOnnxFmrP8WVzKk8/XAjSfgePCRyQWmo9FNT7n0mI6Cj/DsQz/M9"
    "LNP/AYXCs0GBP03mnHSZmUaqpaz5I07AVwNBGyvpf9cjAfKj6YImXQhNYRk1klH3/yKDmC"
    "2QRyHtPRZn5Hx/1RGztFyvncZj7zqqLs8ziW546Js8zQck63mdORAH7UqZ0i5XxuM5+ROK"
    "WEBlx6QSxByYXuVrM5lKSOZHWemrO71ew+js21spef2c2d2a5iQ+fpmDM7Rcm53GYuP9hA"
    "1TZHSWAZUs7nNvPZ8lzNKoovPuxoSJC32MzcGyP0luL8V2UujWTpFvtUTeCqNg46MSBYr8"
    "zJdKLkRpno9+RGSr/MRuJEXMrTybUAvu8M1fQjUvAcCcpw/DEuhH4V83a/2Lzdz5u3LctV"
    "NNVzCIwu6WWVomoxf1vrxbOBX3ZQUbeWZxIO0jFaXK9FUm+WNHuQAg1uVeOnYfB/ppgxlA"
    "byWBz90H930fex33eWnNyPpbk8CF+R4fZru5saVbw5ifaMztPB5NdeQzhnkp+r5D4Xpz7n"
    "IcfmFoQjcX0XBkZlyc6XO/muKZRrbvTjWJ5dVHWoQgBATH3GNbxVTS+MW6G5m8XJPY57Ca"
    "hXpjyeTefLawFud5btrkxxJl8L6g4ec5PW74xHlyWwTdVA1zshrrek2HiGrpbbtEVpb5f9"
    "KudKv/hgyR3mUWbKA13aUIqKidCjxqsi8uShv0jyUKqYxU4/kutpSs71tnCdoO/nUi2ege"
    "0QozkLJbUExfmEtPcdEdJUzZdg6WqGpImOArVlmlzdsGrolz9aNrmhS3H70DQVL8dCQpY3"
    "Zm0I2Z1t6Z5GeRSkifhRQOh3u0/dqohpgoIDyjvXVgK5akGmap1rSVdZHfhG+ZWDxJysAp"
    "2+yysAHR6lNeA828/UraOiKrjpW6cCtqHEWgO24n4mNrFNC/cVsMXXVQ3ALsNp2EQ1cadT"
    "dwtP2G6fTy9ZER/CcYtqRk5gUkUGaD5DV62hHkpQk0GOp2NnpfJCFqdBhqZQHwEaZOPOL6"
    "evtKU/3yCejqUdepYCILFwWVYIJCmBVigIoiSl4IOVQXqi4L5YPxrouDYEV/1umdb29UII"
    "pRbB3QBTgI6D17plAsG2XoQdsIWdCu2fsk7CU+ci1CL5LSlq+rRBtRBeevSNiocUSv5lrS"
    "pjEgZdhO/7leo39kvqN/ZzJQaDlU6BcUzAIML9ShUy+yUVMvv5CpmWDR9hQRnSCpGYMfUZ"
    "Iz4eVPOpR4d4b3A7u7kWtPXuYWXeiJMv10I8yxu35UECwzOpJ49lGUA1i5w5EVEG9gdE1R"
    "Tu0el93qC8m+l0lHJz3sjZEMj78Y2ETpZMyB7BDcFDDhhzPtdbrzQSHOtS1ju4Drj21EXt"
    "KbAKlalOsd2oit4E4sEHlaYpUl9wHbxHIEBTUIV4kr85wgY6LtK+roWXjXWB/gNM/F/VFV"
    "RTR/94zatNJ89WpYjj/ncGqk5UxjHjZQmOevRvuqKMZa30GFOtztJAr1gBe0I//lixNaJt"
    "s5LQu5VHuCzYGhq4TthyLk4WcpD/g3hhOjBI/xEXC/nzZCxNltdCUH9ri3Yvris2QJfv5+"
    "lcXoRFzgJrCPSrjg2m44AE7YZtuNvfPsx5bVtb5bQadJkpWpw+xCvQHVgNSKY7bS2kJuAr"
    "obsrAYkgFiFWpKQQYUTQ5gO+NaH4x+TUM6oHd0TvJQRd52PtkUrv0JXQ3VO0+LSshZdNpN"
    "0Gmgvhtiru8pwgaUenZ/yxzHR67kjaQeudYAQTGWUkd4aMY8uD5N8w+Dhpn60rOraDMFeO"
    "is3s3irxxzy+u/b47mIXRrM2ZtMBpjsHmmWnrZ/EARflFmZ/qGLvxzbbryd7OHo2Ehn8tR"
    "Z8hbDrDrb+Jt4FtTiCHW2rJl5uvDHPeWNr9sw4xu6TIG+z/t8bi/MvUmDC2ar2EwjMN0h3"
    "FJUFEn39Fz5GDvrZ/rvBXBrKS2VwJw2+4J4tQIeuom2A9rQyZ/PprTzyiXa2tYYG5mA1dj"
    "ZcUyHaRTl2lsY4JKjOGOTwNvponUEOvKnV4aZW6cZVM3GG+1Tt1B2ws22s2mEATV5XOcYe"
    "bBSSJD2Pze6clxFbJruQWXTlZzJkbd64RweXVgm7Q6NKgktzoXfg+w4i5ikkExHeVGSw01"
    "Rl+4kpkyneHzmLRSwoU9zrCSoevEhxr3PzEM9N57YLKtuFrx+JjgMcZ1sUIZcdc1FqwQg0"
    "LjU9/KxGjEQoMrdKnNUqAc2dR4oNLnbv7Sm4d692756/PZXiKEAyS9JUDErK9YeHBJAVOl"
    "MPYV3sU2UB7gaCnQwcpeluCPUZSgKekkQMwly/UXJnWw/qAzSIzcBvDUstLp6VpMtgvcaE"
    "HUS7TPGb3t+MJGE2lwbyQg4P8thq4r9M6y5zSRzlLcA6VRpnTMDgWq6ylItXcn4hW+SUpe"
    "LybzEBVwcJivbaDx6lkvMSJO0Q9PDnMSPoYesmTlLABk4DbiFtRwsC9clNLdq2CcrO7+O6"
    "WhzTzYJ3saDqYnFadsOJqQ3HQb1DGynyK1N462bSZBh4pgP6lYlX5RBnGuC9p7cl0YBX/+"
    "fV/9/YnclYJj53YXAXBndhkJiELz6yRS2qnTA1wdJC/6lQcsL3SwwTM3bS70wun0Dt8Ylx"
    "KPT3JJE66O1JMqpRXw9355zTnVO8/6rJ30n6Nst8PXE2m0+/Srid2c62ngHO8x3eDySc5a"
    "t7GvCF8SBeDv0mHDDXDmE8/LrHKP15Uq7xH9T4z54v2iFIG0kYDVVfSm0zTcUE8E1rmxFk"
    "9NpmmpLBhHeG1U0HoN+KWBfcBVT1IwikLGTEN73P0rAds9/IM9Sw71rGiY5ss0pB6yYAuq"
    "MEnCMos2WxwFnSMwYEx086GxG8j0Kk7ASYpavHpNZ5ZTFnUKMx+ZDYkudJZNGpanwjBKd2"
    "ii1VTXC5JVnFCHdabHBk1yTZiBI2zxLrUHIUNwt1aadflJiFYmuwaVH5ANNk9ahlLeq0Xq"
    "m4f0lt/3xpf+brd8qTofxVHt6LI1yiT4fPUPdUA9fenM+mcyS54eqb9s6yw1Sxt7e4rdGn"
    "Kv4fFCs/RdRmhhy98hvourBWt9B4pcc6TcaeTvq+EtjvS8B+nwf7ET4DkxrrNBWHuhLU+P"
    "8K9lZSJQqkqdiDupEjxAftCVDZjpM0TR3Vbyej/FwJ5p9LYP6ZcHjg0NEC4+FhQWVPfcYg"
    "Pc/ExYLNHqW8Mhb9EhkqLpBxKwV/rUHw9/0EVyOeXAvJud9cXnmAtrtRolT7vJ2RvAnSVH"
    "/lBH7TDytRyTkwZadIiuyskb6Ui7odKRowRPXIQyRB3uK7EZtp5KE0WSpyUGQc6oE9BxfY"
    "WSyQyrPENXYcB2k87sq8+6KMxYE4VWbSfCyjV5snZatqqqXsgL2FaMRSlL+Jk/i9q8IX1Y"
    "zfLqYDWRwpUUWs6RCdVo6lQdVQorpYlo5LAS3vcHEfyzeuHLMUqnhJ+sVekn7OS4LYiVj+"
    "QOeRShG1eBUcu+GurqrAfHVVjDN+VwC04v/Go+DekzYE+tuJS/X7/yxN83ZxqGJVrNNU7K"
    "3tRhQtsN0Z1ivdGZKkYQ/mRpQsHCBHvaBTROwBfVUF56timK9yKG9VG7ro4j4tISo/S/t1"
    "roU8+Yz1LAfBj/WssTifyzgtCv0YG+KeLEP563Q+8DOl4LNla/jZN3k4/YYfvUDdesFPFt"
    "JMnAc9XxywU+2g50s7tbagCKPil2qk2VZZOvZ2ViNSUBI2ekGITM1loYOykF9blO52DgnY"
    "W9dX76so1GhU8Z3xPqdU+3jRL+gMGV/JB1eyqutImydcy8WB4QkSFlbzuQPDee59fl3XnH"
    "uvmqan4nNAs0huwbLckizlyakl3VntR2aW4PAuUomaMpRjEg7vIXgNGBSkgqTmYyUYZ+g4"
    "0IeA7mLBDttydkBzaRXT2Xy6mEmDpd9Mwp8BtyRdyn4eoeZCnEY4nM7HIm4irFv2VsVNh9"
    "MNRduhbj69aicaFtIzdLHayle0pG99u8IzsOHaNyxIv8zkud8k1i9o7rd//TvieND+9V+I"
    "423hoKs+UpXjisbzWlzlkukRtbiCMFdFddHXevBcym6XJOJ2MImpyrh2WC/C2cCdEkTAU/"
    "kJiuhZUOUaT4GzPFs72tO/pz7jLYM47AXyHV200MSPbA6oV6Y8Djz8cBv498WZjCsOwHZc"
    "Ibze1F8wAdjb6UcyPU3Jmd4SphPSUcNv37mmz++b4mzN1XBVW9vA43K5M6Q8ibs9uyZ/Vi"
    "LYnaO4nCLkPG4zj4NeiXTJ4ikaXnvxcO3FALA8wtSVF2/iiToGcNWk79TSoq66mLiiNM3y"
    "iCXwo0KKt18Ol1AUg1kYwjt9jxvAPhkiPAerAMVd7k8EaRDNwzxQCngG9cElPR9Z4KIbmP"
    "md70/Gyp9l7nd7ZRaqbIu9U0GroYZKF3CLjbaK5ZFastJAFtaySI5kGzJSujJHLI8Yegxw"
    "nRsM2mmIyfuZWAULu43RVF4Nh9iXV20YzsQqWnGfHrWG1TVPTcYqZA549EtmbQHOVMPeuh"
    "NhWwQTjuP5mEXOs5/BKzr2n6Fbx3pb+PPJ8XSM42YDZ4dl0VpQm4eTsYoZemM6tdyZy/1M"
    "LIGVL6ZYUuYvUUIJqK5nl61Biv4Zofx2m5izk3bq8qX4rBoeITbheLy+RhMyAtaRRSTjZV"
    "NSTDK5tA4XlVSSq5tXl+yUc+BCKK4uqSL1fE12sRXFwYcEJ9apaeltULFQDdp+FIsxHH2U"
    "t6plJ1Xd7nwXmOhUUbaW6W5oegbn6Di4hM7B0HZcxdohEJDYQjApFW9zAulfuTDVzrZ0T3"
    "MdZROCVXGZ5ujO57F+15FFukE3ig52lkNqqVRarD9DyWv1U9Tqx9jh3XsC9Flyjj8l/lFZ"
    "MNWmbVNBoOboU6JvWCrJyXII9oiM402J99ay3Uei3HwQ8yQpx50S9xegGi4h/usg6ntCjj"
    "kl5tB0PDuKpqOEPUXLkadAPpRFlAfVIGN/iw7vAkGdQJvBfo2Juyasl2k50/ubkSTM5tJA"
    "Xshh1l8cHuy/TAM+l8RRBvHgiDgK8Dwpx/sg3qHMdwzeeVKO90G8DxRlKYH7UFGWqmh3yG"
    "pSA94BXGiRHt+JJzNF+ysuZmsirszR9Nu1YFgv/r+kuTKWh0NckxE9ArayhbruV2YMn0Z/"
    "389mibHebpcYeyd/vrsWNvDRF+fePvvVBhouDaXo6iuN0TdLxm2+eSHIUB1XSbj4j8igKp"
    "iC51K1OZdqbQOEKbFGW+F+StFwy3R2K20tE7iqTUC05OJPEnEJ67AGgX4TWuiUF0GG6nxL"
    "9/LDVUcWrw4fg+LTSGqiVIWzlHwZH1zGYeogPdhZQo71YSV4g5QrYCDhllBnt6TYU5qMl3"
    "lKSTa11OIqyVgsPMrTRFwIyZ7jGB/vyEpBaVL2qsawJL+HSePKVrWfCF4D+FgcXZahZGYP"
    "/We/f3n5sf/u8sOnq58/frz69C7eTPlXZbvqRv6MN1aKt4RQtITGS88FEjXnxHGciIOOqU"
    "J+M1T1gN/54N9cZZDiChb5vIc8S/L8iIL0K1YRGSQm6hQzqlYRySzDVB2RgbgYiEMpU0Yk"
    "n2tyRMh/nCNREvKfzKOoEPJvJ4fzkP8u7foLoTjk/wke712JaM/nVqEHureYTe8XuIfVzv"
    "IcgLt9zqWJ3+vTBrgo+B1+fTcdDZWxhEMLroUNHrixEBxB6urK/HwvzsXJcopePnoquttd"
    "Cz2VxrPR9FdMEbWuw/2wkDLrD9ShDTR/3AJpUv4n4KG+bo8nx6NvpIl0K/udQqffJvj1Aw"
    "JtDf0+odaLeVxP0Msq7Wwui7vZXJIqy9suddR4muqvHDAeVWl9oOuZkqJq8yarfpqlXYn9"
    "T1V8if1Pxc5E/K7LtXTPi34366pWKaaLG9kfVR8yQcddmm02iQScojtBkzTslYdv5PgMar"
    "zT6dopGl6Fk2RNUm2k79ChmqLhqB6ubVrU3IC6tukpVol2nPgH7RKpLVtQ3TS/gDm2VbBN"
    "bVzqyrFU9UaONA8FhTFKbENx5YwKhqG4bAe3CnXqJL0osQrxQhBH6flRSKqjWaTIj8VWNY"
    "yD8awxMUt3/mX/44d4keI/ytbnYiyORoQCBlGA4nH4Esg5wuQYx+MAzlNzfDPnw3pLo76G"
    "wxm0/DXTLnmLBC9SrdzDmTl7ynOG3HU3NceAa/9aVwpqtpUgniflkFeB3IVFbRIPO+oi2j"
    "afJL3ZSFzKk/vxtbDDnmb0o1bm5+loeC08Woa+Mhfy6KvvQYPGs+88m08n/5CuhQfbMv8A"
    "xzjK6k9l0m2I+3Xl+VQciZog4VGoKWN0HVGovuKqFHZdK757c4Rt3jtH3sL19xftWnxqWy"
    "6IznljeFAeD8prHTNaGpQn+z2H/2499AgW1/3LizJra9C3WPlXOO6QpRWzXNDtV8H2TMGy"
    "BdxvALqCtRZUYQ0N8F8CdB3BBnhSAUcjOcJWdZ6ALvhSuSNYpvH6U1amqm9Wbu9tl70XmC"
    "50KV3rEcUZiyokj7gzGClqj6PDm0Tx/6BAOkXEoBTav7qqgDMaVQi0/46AtLNR+1cfqLHe"
    "kzWF9lmPjoZFfnQfKOg+yKNcWtssQXXGqmZvI9zXWNQMiW6uRzAvVDMD7anbfIz05veTiT"
    "z5fI3FDBNhvjIHd9LgizS8FrQN0JA8gZ5Mx2N5ufSf+VKIi5/Opdv7BX5mg7Xn4Ce3ojzC"
    "D9Yq2tl6O4xEroUT6m3rharEeYqImVyy+jJjw+BdSlizZBzYLLDgO3Rc9IG0yOboOLRZaH"
    "e2hX7lVolbO1eENkfHoc0VPPF2BtTQj6cGl0DJ4c05sn0dn8bNsafgXo7avRw8v4jnF7UB"
    "fXbzi9bQhM7mKLZnSHmWUZv9Wi5O5cWXP12qRpqKVyI9mKsRIZYHmTqjIPCgLBMTdgvpym"
    "kF6UWW8lqh7yBM7kejssSCdDNrWz+1RboP+9yfqoN3VRHqdP1ej/IEhpgVOgP3mB70B9r7"
    "oQddgssNEIK0H2weAzZAu8r33ZlCMBvQBaSrC+5GdYWN6gimJchD9BNwDQQ8EDv3rBcz7x"
    "asbeaVuTJFNMePAZmArk7dQWQAk//NwX8/AnuHPhfNgz4HfYIuGEB9BsGoyD8kqIZlgiY8"
    "jWVFnxhzNp6lzFOxSzLBazoPToqsHq3mbdnRdMxWFA1hWlTaY5qMQfWx/66KX/JdsVvyXR"
    "bqf1kPdILlnoClVIqmhMowOqYWeTKMyOkYwFVlyf26alV+akaUL5SQksL+QRkpqWoclpJE"
    "wUHihC4Ee1DYoukR4Nd+fBOSOVQdSRc//o/g/6ALNEoHvunSuRBCZqJ/Wf5sTl5QqntyHk"
    "bVrjAq2tCeeqN6WiSlvH9X5e5Eo4otr+9ytycPUjtLkFoAH1UOS4KEe3fq9+6ge0Dx7wE6"
    "niSpOFtqZ0t0JdMwJUnDWVI7S0LZiIYjCRLOkPqPLu6Y5o7pFqDPrmPa2+lHcj1NybneFq"
    "4T/NSxY6pimmDKJFaLn6+aOawjntVmfXymC+yg9UePZMBKvL4otV5lBjZZXO23XEqkpnm2"
    "HR8O6OHv3E3WSjdZ2MiMLF4dTglJkLdZzurdzMXJ4A4X+8Ad8lbm7A4drNfCDn1jsDKnk5"
    "GM/7RMA+K/x9Mb2e+GbD1A3PF4IY1u0dTzr/IAdwIAxlpxgP0MNYCr+IvyCJfwV6GxMr9J"
    "SL5aXgsvACHjrsyRtFzioiMGcN3jqvE3UGTE7yxQWM/iMNNTE7Sa7fLkZno/GV4L0HywPF"
    "NHrL5fho8sz/WfHcOUKuJ3sfCdE713no0ueCrTb4KkzRxok/3X8bZbYgPeJfheVJl6T8IE"
    "ymUirPTLslx/jyXY0XTyORqeVepz+YZrQh3Q4mUdEzRUbp2lwIuMkEWju2VIGVTeuqus5X"
    "X0osLkFbN2Y+ozOrGQeuOpBqUZsjcWJ/ciEqYC6pUpj2fTOZKmAk/8yhRn8rWg7mA75Kgg"
    "eJLaOpkhY+JeaTzGjNsmGbNSVbFNRr1oqWJN0kQ8lSKffBl2iadCNUXDQW11l1nGkN3Zlu"
    "5plKdAmogv2IOxr8XV/3iLFroKgOQGOMEBWgO6N/FE3Vq/VaFN3TQVgA3v+xqQFfczsQlt"
    "WjSqgG14itaA7Ww/E5vYpi8c6qj4pJXSfgavCjSfoasWhCPR+F8X/nxyPB07LMgYd33YkP"
    "KxQ+NALaDNw8kYgqxJz/WXV21oad4W+B+X81wnX1+Uea6fXjVFT448q+s6LHJH56/+qzir"
    "G8t8sAGVmyAczlzeQ/3R+OgbBPgQ0a3g603Qt9lUiW9ZeShNlors1290oA58UWdlzsTFIr"
    "Aj71THCSzJd1+UsTgQp8pMmo9l9GrzpGxVTbWUHbC3EI1YivI3cRK/d1X4oprx29vpXJI/"
    "T5T4U6Nx60AyUuJvEFHc3C/kibRYKCN5IE1wHMGD50ATOI5iQNy5DcchLO9wsIDln1WtWD"
    "5Bjj3N1txTtHm5HLk/G6k1HCCm+D+QHuk9Ha82fNiRAB3Hw0UlfUWIFAtQDDeBlMUVXmV9"
    "F69uEt4AyZWEWKPiZqApohMbgrZTMCehS+gHCr7vILpIKOFLUzWO3xt06KgIX/eqXfd2wN"
    "QxAJTCz0yaDP2S1yH9yvwqzeVbGZeufgY2RL/fL2+9lOdBeWsXrZCWlLOOvh+lGz1D1lC8"
    "EGtJPjFq9J70DCmvQ9jmkKFwh1OHpiSp+JaqtKUi0Oh3VJqSb6gubCgbqA5dJ8g8JXsbq1"
    "8pXrtfEq/dz8dr8+RfnvzbBvTZDbAr7Gtb6M8obmjbYLDS+6Y4y2PAWowsD1Y6a7DS21Ts"
    "m4qeuxkYsMBnnHx9UeYzttA5t1G0/cgmfcbcNXxO13DAVOKZWiIFJomYcxPX7xd528qDb3"
    "1bnSH3FCA52VU2qkOIAS1Jh0yTsac41r+Skartp6crng2pKnnlCNtRzwt/HjP1vPB7xbAe"
    "LQ/3HjiSUaWTcKbVzrRHW0VXafBBFGzKkHHG1M4YR7OKArsKrpOI4IwezabAPkNgjm0ZdE"
    "s+JuCLvfbFjktZPRNWe2mb8D3RGbuER3pBZ7uEc2Nw8anDrjGYpwU3b7jkWYDRCqohC/Bt"
    "LJZRJhvBWplIciu2VCZy6riRslP7+qLMSIkYTWWfDMczZ5psIAWBmyYbNU3i/yuAKqQlQc"
    "JRroayhtB4tIoyDioUWk3Qtxnz3lCaTRc4E0oHSED1M6mQbKrEj7Hgr8TvBnNpKC+VgTgf"
    "Xgsatua5iobu6JU5moqTa8GwVBPXY50vP4uf/YqstvuILmZcaVUcLe9wpVXVcDcrU54s7n"
    "GRVwkX+3Q8O0bxzQOc/VJ7pkYXxZSgOaOxZjD59Tz2mssqt0TxJZGFmBsHGjUO5DSaKoUM"
    "wmoTJ2biVy/K0bZLpVLZAs3CzQXhyTANonnYUQnTeWT7avan9iNI18VnECtcYHK7BaZeR/"
    "mQeWoylrZhw0aCZ6gDewEcp6CRQ3bIxQGjgT9YcRKjK/QifbCtFwfYf3MEBz6aP0JTUF2/"
    "0znYPgBdB7oQzSz8gJuoa5b1BIGwsYywb/oTeP0PUh/S+ibmlox2WTIQY6jDVJI0zFk06g"
    "9RQSreI53fNiJos+Z3rLZdu77lh4JG/qXMzVfSVyZFxlIU9lk6zCTg3xLisot95uFw7jGv"
    "3WMe5oKjq9XdKUEkIc2hU0DOXgxiI7EjUREGeh96mvI8PvSW1HBok8s8AqnUZ84jJYr3GL"
    "uREn6TGrpAiSQJS7JFU4ESBY2DqOMkFnieMYhKknUM5KrREsnVlQqWGIiLgTiU3ipWImM8"
    "IlhB8ualYiOInR/b/sqgvJNlvXpGSQlR1XzK47/YqoZRyIGIhqUj+bL/8UMMPP6jDOrFWB"
    "yN8jqco6GDlnD8GpZadMFFFBko15ikg2CWYDac3t+MJGE2lwbyQg4Vt1g+8V+mnWhzSRzl"
    "spRwMRDKsIsUEYOmoMtKgReXJYEXl/nAixC0P6gMmikijnQ1pDtYbs9ar0FUCI8ixmV6ey"
    "v5hfRC+pUpDgbSbIkfqZoGdi5+NpQGuK3wEIfCaLixcEsK7vmilVJY+6N4V+QIGdwZvHcd"
    "txHUYSNAWx7qR3E9TcmrwrXa/scr/jDW9Y1FXHklpTNUUopNbW/dQKur4J7YQatZO+YaXR"
    "qbpfUECqyYifcX5TZMf6TixkN5DliXjtKLEgOkz1Pq2Kk0FY+eOqhPrdUtNKiSKfYU7LVI"
    "uaxiHrgsNg9c5tNVWlJv7a0Fr6aDAHnxlkYDcHgUII8C5FGAuISgnzGgPAGqOzND1lDUH0"
    "tyCY/4+ytY/AJZUjme2cQJGLTts8R0zznKkp8g42b8NvPXBs9ICz+uhU+SknO5zVzmjthi"
    "2YhdRywP1ubB2q3yc7Q2WNsywAJong3d1x7JyZF8f1Hq5EAjccbYfujBVPVFmEVuewZwBN"
    "UUVH0LTYjJXMsWHOA6wg7YAp46n49OTX2C6wTPQaNIR+OZs+zXVemtzKHi7hQb/NuLmtVm"
    "zHhlxX1ytGes8RM/6VSRn5TCs9OPFJXSlFxUaouoRJCQ4yooFUs7NXn5LNRnoH+F4IV08+"
    "xfll47Dh6mPEfjanWs/9azXsxALPG/3O/c0/6GnvaYF1Uv4ZiAQddkI94zXnS14XKgSDQG"
    "NlRpfGRJmnY4yvDHsuMos2yq+hjReAaXfP1FnPHXCuqJUMrxaUIuxNO08fBBpGpgkyBpxw"
    "nDlCv+GTrwARqhUeSYJLn0DGcMBNrZ8BnNScmJ3mwuf0WKzbUQ0q/MpSSOkTAK1G3WilPp"
    "Lq6/ODN3CjCm6RY5Bdqi6YLHbUG34+jVRamWmxhUs4qby+/UDM9BIifXdt+2Iif6WcdeGB"
    "Ftm4XU3vx+hK4IbLxfmSNJnPs500gktFuTMs3VYd6DpPsoJ78ZBdIZMvYKQF5VAvuqBOwr"
    "Qt0Rj+QnLOkd6hH9hHR6V8tgPreC9caVLVqGfuOFLULpsLrEl6DgzSKJOe9rSHdqJEjaYb"
    "BhyyQM/yBwozhuLBx+vpixdx1Z2bw/09msvoW3X+GyLb72Gly57zuyciMr3wNd+7YUFYP6"
    "CS+TxQ2xdURn80Az1rheQ6BZQqHzg8GdDdyd2MYsNK2P4/k6uCCKAswb7WSWB67YcZFG96"
    "ALQ9mmx1foZxYVYMJ9x1z1VcB9x4RwumvB2gFTeNkgfUj45z8904XGP/8pQMf/SaQmZifO"
    "VqWEePRTA1+HP0sPDcrVFg/fUDlWeGlx/O4cpcUdGPpWaC6omIjBu6m7dxFBBPG3Hq30ER"
    "HxlM8285bX52xKL05fbFUNZCkijmuF1Mp9tMepyZX7mToGceXEytTqOlyck9c+pUG3Uu3T"
    "NwqpSuQNk7STdFpxiV7iZ+Zu9yN5bc4uHaOlErz38C9AKsRbEt+/J2Evd7f2qpGeA2zaKK"
    "kkDXMQ128h16GzM9RXhRbmLB2D7ohGwqV2quO8WOhyoi3pmyNkEPFGsg5xrQSqfJWYoB3B"
    "D0xlq0Q5GlVXfTSel4o8eJLzcIizhUOsVWgAXTGsR0hKhSsUrHN0PKgnC61habj03VH20y"
    "wtN6O22YzqF9NxgGYDKg0qQ8ZeTG0jQpCPmqE6ruK4YEfn9svTMhRne+YK5j6M/vl/RHRK"
    "jpgfcG0+4HjwWfHm62YYEg8++ytyvSj4LMn1B1s1tQ2d4zJFw9CV2pTbMsCrBsfaTTxRt/"
    "Ct6lVLLSzqnnfJWi86yXJGEyIpeuipDf/whw3Qsw4eW4UhkoSOKCfCNbOtZ6gDexHMxipY"
    "qYaFJ0KWbZPICl6N+rY9+xm8yuYzdNXwC+cd3NkxF6Vebn+0AtPDKwTfOggcA/zoOUAwoP"
    "n0X4KF5ANBFbCXQ7DWAnQdwV8mOEr2CexcUsztcZNwd3q73OnMlyQZLMTltaA5qrsyJ7MF"
    "miPIQKC1EH2qYB/6VGgd+pS3DfEWo2fMReNJfzzpj5vXTjevdas1HmfzkWzmbdLY5q9mbX"
    "cG/mWU6RQZMm4/I5QZ4IkqDSGL5gVYs8XNbKmzKHO0DK3dM7hTSyzEPPmiR2EmLku+2BuK"
    "C5Z9DRDL6dm6td6rgpzf7RVwji+3OhZyci42Mc7KAtQuDypba9KM7ezQdyPFXIakUxMsLf"
    "SfCrUkfAPqPDEjG7z68yjTdIxDoWE6idRBs3SSURWM0qagms4LsC+EF+huhJeN6grQxbZj"
    "9cHyXEGzdhDouLLD2rIFG+ws20XYCA+vwqNteTuCibqWKavUhsgc6sGnxqoQekhXDoIbtb"
    "lRu5NGbUdDF2Ue+MVWNYziVPKIiCWl57L/8UO8qvEfZQt6MRZHI1LXly05Y3wJvhcr6BEJ"
    "CzG6ZSYX6ZdlytqSS5SJLS6j6eRzNDybPZNBfKOaJiCEwFc7OhLkrT49bubiZHB3LQQhKy"
    "tzdjed4M4u6BuDlTmdoLWI/rRMA+K/x9MbGVf131oPENf1X0ijWzT1/Ks8QE8dYKwVB9jP"
    "UEPvpLEoj64FsFWhsTK/SYgh6Jx6AQgZF3cEWC6lOW4I4Ia1g9++H0BBx+uSZOKIgIUN1n"
    "h6VFoSorElZ0jP4zA4pxDEkj2ZR2I2YUnmRnpupO8astxI346cp31QIN0az9HVs8o7b27g"
    "DhDuAOkOyNwBcoaFXM0BkheTa4CXJ9PQeZZI92KeDZHjqCITSMH6nboXq58mGZmgCkdOyp"
    "VY4go0BDfUMqxMU+x8imrX8Ip/nRKvLkq8OVqYwVY5ejscz1x4/GW/Sq2/fnGtvz7vhnre"
    "wnM8Kr4Y/W7mpdfQk5wgcZ+YjsmgtJ3aRmF7kdNAwrLDvnZwx3bLm2SsJhArkMWq1GLGEl"
    "ljpZh/iwW+wC/H+9u/aW3m8zpTW+bQa9qZ6m8kqnWboODOisOGXHKdVGrjTKSkdgzcqtaA"
    "xKJqNuaX9rayVdMJDbuk6yrxuvy+ygys+b5SNc3ygt1ngzWwAV5L2WsrF1L6YFlPgTbwO+"
    "45Fk6Sf0l13/G2Y/V634ovxj2HckwoVwNThAxqgR3R+ioFwajbaGOnOTy2zPDuyLF3T5Ll"
    "LdDgVjV+Ggb/Z4uzQ2kgj8XRD/13F/1M2efJ/VhCl0j4Khu0YePTkq6SQ4LmfEar3mDya+"
    "8sUuZlFYtgsUEw35jCBgWO1mohsKkJ2mwl7A3m0lDGQfQ20KG7MofSDf5TBw/Q35BvHErP"
    "Q5ErhCKLy/G1oLpbRDddICrLyQcdp0OS2xiCrCE2PFo23bmWoGkzg4881q6q2OKvik3xV3"
    "lLPL5ogb1TbZcO6Awde1Hf/UqOj36J46Ofd3wkvxkF2hky9sC+qgT2VQnYV3mw93okBdQp"
    "IvaAbqLVS1LnrmiBSxNxIxyPxX4782bC8nSihVPcz9QxiKsaOdP7tkrwJA8Crj0IuPbaEa"
    "oBbML6py8cIUYTdeuKrKtexNKG6MXAsiNln2hvz4y5KDe649Hom6WGH6wa4TcEFtDvWUN7"
    "C3TBsoVwCvSHKjje4yNw8L8jfQn/XvTDcZUHbKzNF42oZUYeQdgyv3TENWVnW7pH2z2YQM"
    "yewPy+Xyn+rV8S/9bPaSZ77KDjeFT6CYGUPdAb0b39w0sn64O3hqUW5o0myTJYrzFd99Au"
    "c0JM729GkjCbSwN5IYddV2N/kv8y7ZqYS+Iog7R/kSnPwHYo7Rw5QvaWdgMlpqN7mCDBlb"
    "VbTdGdsePq26zrGjuuItHLIig0xcs6JmDQJM1LpvPg8Dpa1UV6A6W5K03FzV0tq5fBIrZl"
    "Ke9vlCrcNpgbzBUu9gofj/AgMSerSKcPylZFqIrAhtqmRzCWhW8uykxk6n4Mz23t0jl6UW"
    "KZOkJ3PFVrbNvOPkMjdrypKBAOhzOIbjNJrpbpEuuU/n0xnRTamlxynVIdaq7wf4IBnQ7L"
    "AyRwMRgpFSVXsDRbm/QirXvgCW5IYtk5L7M//x945Koh"
)
